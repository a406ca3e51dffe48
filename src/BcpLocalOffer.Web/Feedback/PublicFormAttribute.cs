using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>
/// Guards a public POST before its form is read: an oversized body gets 413, a post from another
/// site 403, and the cookieless token is checked. A missing or expired token is not an error page:
/// the action re-shows the form with what was typed and a fresh token (see <see cref="PublicFormSubmission"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PublicFormAttribute(string purpose) : Attribute, IAsyncResourceFilter
{
    /// <summary>Far more than the longest form filled to every limit, far less than anything that would strain the server.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public string Purpose { get; } = purpose;

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
            return;
        }

        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        if (!IsSameOrigin(http, http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        // Read asynchronously here: model binding then finds the form already read, and no thread
        // blocks waiting for a slow client's body.
        var tokens = http.RequestServices.GetRequiredService<PublicFormTokens>();
        var (token, problem) = http.Request.HasFormContentType
            ? tokens.Read((await http.Request.ReadFormAsync(http.RequestAborted))[PublicFormTokens.FieldName], Purpose)
            : (null, "missing");
        http.Items[typeof(PublicFormSubmission)] = new PublicFormSubmission(token, problem);
        await next();
    }

    /// <summary>
    /// Browsers say where a form was posted from: Sec-Fetch-Site, or failing that Origin. A request
    /// with neither (an old browser, a script) is judged by its token alone.
    /// </summary>
    public static bool IsSameOrigin(HttpContext http, SiteOptions site)
    {
        var fetchSite = http.Request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is "same-origin" or "none";
        }

        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri))
        {
            return false;
        }

        if (string.Equals(originUri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return site.PublicBaseUrl is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var baseUri)
            && string.Equals(originUri.Authority, baseUri.Authority, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The token check's result, for the action: a token to store under, or why the form must be sent again.</summary>
public sealed record PublicFormSubmission(PublicFormToken? Token, string? Problem)
{
    public const string ErrorKey = "form-token";

    public const string ExpiredMessage = "This form was open too long or has been sent from an old copy. Check your answers and send it again.";

    public static PublicFormSubmission From(HttpContext http) =>
        http.Items[typeof(PublicFormSubmission)] as PublicFormSubmission ?? new PublicFormSubmission(null, "missing");
}
