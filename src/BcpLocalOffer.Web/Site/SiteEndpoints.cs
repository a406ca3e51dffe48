using System.Globalization;
using System.Text;
using System.Xml;
using BcpLocalOffer.Core.Content.Published;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Site;

/// <summary>sitemap.xml and robots.txt, both straight from the published cache.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext context, IPublishedContentCache cache, IOptions<SiteOptions> site) =>
        {
            var baseUrl = PublicBaseUrl(context, site.Value);
            var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false };
            using var buffer = new MemoryStream();
            using (var xml = XmlWriter.Create(buffer, settings))
            {
                xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
                foreach (var page in cache.Current.Pages)
                {
                    var updated = DateOnly.FromDateTime(page.UpdatedAt.UtcDateTime);
                    var lastModified = updated > page.LastReviewed ? updated : page.LastReviewed;
                    xml.WriteStartElement("url");
                    xml.WriteElementString("loc", baseUrl + page.Path);
                    xml.WriteElementString("lastmod", lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            return Results.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
        });

        endpoints.MapGet("/robots.txt", (HttpContext context, IOptions<SiteOptions> site) =>
            Results.Text(
                $"User-agent: *\nAllow: /\nDisallow: /editorial\nDisallow: /health\n\nSitemap: {PublicBaseUrl(context, site.Value)}/sitemap.xml\n",
                "text/plain; charset=utf-8"));

        return endpoints;
    }

    public static string PublicBaseUrl(HttpContext context, SiteOptions site) =>
        site.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
