namespace BcpLocalOffer.Web.Analytics;

/// <summary>
/// Counts page views on the server, after the response: pages served from the output cache are
/// counted too, visitors without JavaScript are counted like everyone else, and nothing is counted
/// twice. Recording is an in-memory enqueue, so a page costs no database write.
/// </summary>
public sealed class PageViewCounting(RequestDelegate next, VisitCounter counter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        counter.CountPageView(context);
    }
}
