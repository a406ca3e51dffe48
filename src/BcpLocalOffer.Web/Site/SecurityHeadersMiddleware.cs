namespace BcpLocalOffer.Web.Site;

/// <summary>
/// Security headers on every response. The CSP allows no inline script or style: every script is
/// an ES module served from this site, so an injected tag cannot run. The one exception is GOV.UK
/// Frontend's template snippet, allowed by its hash (<see cref="FrontendSupportScript"/>).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public static readonly string ContentSecurityPolicy =
        $"default-src 'self'; script-src 'self' {FrontendSupportScript.CspHash}; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response that set its own, stricter policy (uploaded media: sandbox) keeps it.
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
