using System.Security.Cryptography;
using System.Text;

namespace BcpLocalOffer.Web.Site;

/// <summary>
/// GOV.UK Frontend's template snippet, the one inline script the site has: it marks the page as
/// script-enabled before anything renders. Set later, from the deferred module, the header and the
/// enhanced components re-laid after first paint and every page jumped (layout shift 0.25 on a
/// phone). The CSP allows exactly this text by its hash, still without 'unsafe-inline'.
/// </summary>
public static class FrontendSupportScript
{
    public const string Source =
        "document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');";

    /// <summary>The CSP source expression that allows <see cref="Source"/> and nothing else.</summary>
    public static string CspHash { get; } = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Source)))}'";
}
