using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Analytics;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>
/// Decides whether a request is a visitor to count, and counts it. Not counted: anyone whose
/// browser says Do Not Track or Global Privacy Control, known bots and scripts, signed-in editors
/// and the back office. The headers looked at here are read and forgotten, never stored.
/// </summary>
public sealed class VisitCounter(AnalyticsEventQueue queue)
{
    private static readonly string[] UncountedPrefixes = ["/editorial", "/api", "/error", "/health", "/__benchmark", "/media"];

    public static bool IsCountableVisitor(HttpContext context)
    {
        var headers = context.Request.Headers;
        return context.User.Identity?.IsAuthenticated != true
            && headers["DNT"] != "1"
            && headers["Sec-GPC"] != "1"
            && !BotUserAgents.IsBot(headers.UserAgent.ToString());
    }

    /// <summary>Whether the page's script should report clicks: public pages for visitors who are not editors.</summary>
    public static bool ReportsClicks(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && IsPublicPage(context.Request.Path);

    public static bool IsPublicPage(PathString path) =>
        !UncountedPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Called once a response is complete: successful public HTML pages fetched with GET are page views.</summary>
    public void CountPageView(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        if (HttpMethods.IsGet(context.Request.Method)
            && context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true
            && path.Length <= LinkClick.MaxPathLength
            && IsPublicPage(context.Request.Path)
            && IsCountableVisitor(context))
        {
            queue.TryRecord(EventKind.PageView, path);
        }
    }

    /// <summary>A search typed by a visitor (its first page of results), with how many results it found.</summary>
    public void CountSearch(HttpContext context, int resultCount)
    {
        if (IsCountableVisitor(context))
        {
            queue.TryRecord(resultCount == 0 ? EventKind.SearchFoundNothing : EventKind.Search, context.Request.Path.Value ?? "/search", resultCount: resultCount);
        }
    }

    /// <summary>A link click the page's script reported; false when the queue was full.</summary>
    public bool CountClick(LinkClick click) =>
        queue.TryRecord(click.Kind, click.Path, click.Target, click.Context);
}
