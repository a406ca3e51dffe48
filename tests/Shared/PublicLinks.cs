namespace BcpLocalOffer.Tests.Shared;

/// <summary>
/// Which links a crawl of the public site follows: shared by the integration tests' crawl (sitemap,
/// valid HTML) and the browser tests' crawl (reflow at 320 px), so both reach the same pages.
/// </summary>
public static class PublicLinks
{
    // Not pages of their own: the back office, search results, forms' answers, files and feeds.
    private static readonly string[] NotPages = ["/editorial", "/search", "/media/", "/health/", "/error", "/__"];

    /// <summary>Where a link to another public page of this site leads (with a listing's page number), or null.</summary>
    public static string? InternalPage(string href)
    {
        if (!href.StartsWith('/') || href.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        // A page's own parts and filtered views of a listing are not pages of their own; a listing's
        // later pages are how a crawler reaches what is on them.
        var parts = href.Split('#')[0].Split('?');
        var path = parts[0].Length > 1 ? parts[0].TrimEnd('/') : parts[0];
        if (path.Length == 0 || NotPages.Any(p => path.StartsWith(p, StringComparison.Ordinal)) || Path.HasExtension(path))
        {
            return null;
        }

        var pageNumber = parts.Length > 1 ? parts[1].Split('&').FirstOrDefault(q => q.StartsWith("page=", StringComparison.Ordinal)) : null;
        return pageNumber is null ? path : $"{path}?{pageNumber}";
    }
}
