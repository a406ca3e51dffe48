using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Site;

/// <summary>sitemap.xml (see <see cref="Sitemap"/>) and robots.txt, both straight from the published snapshots.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext context, Sitemap sitemap, IOptions<SiteOptions> site) =>
        {
            var entries = sitemap.Entries();
            var perFile = site.Value.SitemapUrlsPerFile;
            return Xml(entries.Count <= perFile
                ? Sitemap.UrlSet(entries, PublicBaseUrl(context, site.Value))
                : Sitemap.Index(entries, perFile, PublicBaseUrl(context, site.Value)));
        }).AllowAnonymous();

        // The numbered files of a sitemap index; they exist only while the site is past one file's limit.
        endpoints.MapGet("/sitemap-{number:int}.xml", (int number, HttpContext context, Sitemap sitemap, IOptions<SiteOptions> site) =>
        {
            var entries = sitemap.Entries();
            var perFile = site.Value.SitemapUrlsPerFile;
            return entries.Count > perFile && number >= 1 && (number - 1L) * perFile < entries.Count
                ? Xml(Sitemap.UrlSet(entries.Skip((number - 1) * perFile).Take(perFile), PublicBaseUrl(context, site.Value)))
                : Results.NotFound();
        }).AllowAnonymous();

        endpoints.MapGet("/robots.txt", (HttpContext context, IOptions<SiteOptions> site) =>
            Results.Text(
                $"User-agent: *\nAllow: /\nDisallow: /editorial\nDisallow: /health\n\nSitemap: {PublicBaseUrl(context, site.Value)}/sitemap.xml\n",
                "text/plain; charset=utf-8")).AllowAnonymous();

        return endpoints;
    }

    private static IResult Xml(byte[] document) => Results.Bytes(document, "application/xml; charset=utf-8");

    public static string PublicBaseUrl(HttpContext context, SiteOptions site) =>
        site.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
