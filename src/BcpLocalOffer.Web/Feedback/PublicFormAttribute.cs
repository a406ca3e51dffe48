using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>
/// Guards a public POST before its form is read: an oversized body gets 413 (also one sent without a
/// length), a body that is not a readable form 400, a post from another site 403, and the cookieless
/// token is checked. A missing or expired token is not an error page:
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

        if (!SameOrigin.Check(http, http.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        // Read asynchronously here: model binding then finds the form already read, and no thread
        // blocks waiting for a slow client's body.
        var tokens = http.RequestServices.GetRequiredService<PublicFormTokens>();
        Microsoft.AspNetCore.Http.IFormCollection? form = null;
        if (http.Request.HasFormContentType)
        {
            try
            {
                form = await http.Request.ReadFormAsync(http.RequestAborted);
            }
            catch (BadHttpRequestException tooLarge)
            {
                // A body without a length that turned out too long (413), or one cut off (400).
                context.Result = new StatusCodeResult(tooLarge.StatusCode);
                return;
            }
            catch (InvalidDataException)
            {
                // Not a form a browser sends (a null character, too many fields): the sender's mistake.
                context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
                return;
            }
        }

        var (token, problem) = form is not null ? tokens.Read(form[PublicFormTokens.FieldName], Purpose) : (null, "missing");
        http.Items[typeof(PublicFormSubmission)] = new PublicFormSubmission(token, problem);
        await next();
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
