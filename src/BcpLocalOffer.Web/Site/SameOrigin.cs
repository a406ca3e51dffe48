namespace BcpLocalOffer.Web.Site;

/// <summary>
/// Whether a public POST (a feedback form, a click event) was sent by this site's own pages, so no
/// other web page can post on a visitor's behalf: the public side's cross-site check, as antiforgery
/// tokens are the back office's.
/// </summary>
public static class SameOrigin
{
    /// <summary>
    /// Browsers say where a post came from: Sec-Fetch-Site, or failing that Origin. A request with
    /// neither (an old browser, a script) passes here and is judged by what else guards it.
    /// </summary>
    public static bool Check(HttpContext http, SiteOptions site)
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
