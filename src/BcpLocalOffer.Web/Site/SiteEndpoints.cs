using System.Globalization;
using System.Text;
using System.Xml;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Directory.Published;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.YouSaidWeDid;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Site;

/// <summary>sitemap.xml and robots.txt, both straight from the published cache.</summary>
public static class SiteEndpoints
{
    public static IEndpointRouteBuilder MapSiteEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", (HttpContext context, IPublishedContentCache cache, IPublishedPlanCache plan, IPublishedYouSaidWeDidCache yswd, IPublishedDirectoryCache directory, IOptions<SiteOptions> site) =>
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

                // The other capabilities' public pages, from their published snapshots (drafts and defunct services are not in them).
                var planNow = plan.Current;
                DateOnly? planChanged = planNow.Actions.Select(a => a.LastChanged).Concat(planNow.Reports.Select(r => (DateTimeOffset?)r.PublishedAt)).Max() is { } changed
                    ? DateOnly.FromDateTime(changed.UtcDateTime)
                    : planNow.Document.Agreed;
                if (planNow.Areas.Count > 0)
                {
                    WriteUrl(xml, baseUrl + "/improvement-plan", planChanged);
                    WriteUrl(xml, baseUrl + "/improvement-plan/actions", planChanged);
                    WriteUrl(xml, baseUrl + "/improvement-plan/easy-read", planChanged);
                    WriteUrl(xml, baseUrl + "/improvement-plan/quarterly-reports", planChanged);
                    foreach (var area in planNow.Areas)
                    {
                        WriteUrl(xml, $"{baseUrl}/improvement-plan/areas/{area.Number}", planChanged);
                    }

                    foreach (var action in planNow.Actions)
                    {
                        WriteUrl(xml, $"{baseUrl}/improvement-plan/actions/{action.Ref}", action.LastChanged is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : planNow.Document.Agreed);
                    }

                    foreach (var report in planNow.Reports)
                    {
                        WriteUrl(xml, baseUrl + report.Path, DateOnly.FromDateTime(report.PublishedAt.UtcDateTime));
                    }
                }

                var entries = yswd.Current;
                WriteUrl(xml, baseUrl + "/you-said-we-did", entries.Entries.Count > 0 ? DateOnly.FromDateTime(entries.Entries.Max(e => e.UpdatedAtUtc)) : null);
                foreach (var entry in entries.Entries)
                {
                    WriteUrl(xml, baseUrl + entry.Path, DateOnly.FromDateTime(entry.UpdatedAtUtc));
                }

                foreach (var year in entries.Years)
                {
                    WriteUrl(xml, $"{baseUrl}/you-said-we-did/annual/{year}", DateOnly.FromDateTime(entries.Entries.Where(e => e.Date.Year == year).Max(e => e.UpdatedAtUtc)));
                }

                var services = directory.Current.Listed;
                WriteUrl(xml, baseUrl + "/directory", services.Count > 0 ? DateOnly.FromDateTime(services.Max(s => s.LastModified).UtcDateTime) : null);
                foreach (var service in services)
                {
                    WriteUrl(xml, $"{baseUrl}/directory/{service.Slug}", DateOnly.FromDateTime(service.LastModified.UtcDateTime));
                }

                WriteUrl(xml, baseUrl + "/have-your-say", null);
                WriteUrl(xml, baseUrl + "/have-your-say/young-people", null);

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

    private static void WriteUrl(XmlWriter xml, string location, DateOnly? lastModified)
    {
        xml.WriteStartElement("url");
        xml.WriteElementString("loc", location);
        if (lastModified is { } date)
        {
            xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }

    public static string PublicBaseUrl(HttpContext context, SiteOptions site) =>
        site.PublicBaseUrl is { Length: > 0 } configured
            ? configured.TrimEnd('/')
            : $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
