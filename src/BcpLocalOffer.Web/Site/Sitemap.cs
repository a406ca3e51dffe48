using System.Globalization;
using System.Text;
using System.Xml;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Published;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.YouSaidWeDid;

namespace BcpLocalOffer.Web.Site;

/// <summary>One public page for search engines: its path and when it last changed (null when it has no date of its own).</summary>
public sealed record SitemapEntry(string Path, DateOnly? LastModified);

/// <summary>
/// Every public page of every capability, from the published snapshots (drafts, archived pages and
/// defunct services are not in them), written as sitemaps.org XML. Past the protocol's limit of
/// 50,000 URLs in one file, /sitemap.xml becomes an index of numbered files.
/// </summary>
public sealed class Sitemap(IPublishedContentCache content, IPublishedPlanCache plan, IPublishedYouSaidWeDidCache youSaidWeDid, IPublishedDirectoryCache directory)
{
    public const int ProtocolLimit = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IReadOnlyList<SitemapEntry> Entries()
    {
        var entries = new List<SitemapEntry>();
        foreach (var page in content.Current.Pages)
        {
            var updated = DateOnly.FromDateTime(page.UpdatedAt.UtcDateTime);
            entries.Add(new(page.Path, updated > page.LastReviewed ? updated : page.LastReviewed));
        }

        // The same dates as each page's freshness line, from the same snapshots.
        var planNow = plan.Current;
        if (planNow.Areas.Count > 0)
        {
            entries.AddRange(new[] { "/improvement-plan", "/improvement-plan/actions", "/improvement-plan/easy-read", "/improvement-plan/quarterly-reports" }
                .Select(path => new SitemapEntry(path, planNow.LastUpdated)));
            entries.AddRange(planNow.Areas.Select(area => new SitemapEntry($"/improvement-plan/areas/{area.Number}", planNow.LastUpdatedOf(area.Actions))));
            entries.AddRange(planNow.Actions.Select(action => new SitemapEntry($"/improvement-plan/actions/{action.Ref}", planNow.LastUpdatedOf([action]))));
            entries.AddRange(planNow.Reports.Select(report => new SitemapEntry(report.Path, Freshness.Day(report.PublishedAt))));
        }

        var published = youSaidWeDid.Current;
        entries.Add(new("/you-said-we-did", PublishedYouSaidWeDid.FreshnessOf(published.Entries)?.Date));
        entries.AddRange(published.Entries.Select(entry => new SitemapEntry(entry.Path, PublishedYouSaidWeDid.FreshnessOf([entry])?.Date)));
        entries.AddRange(published.Years.Select(year => new SitemapEntry(
            $"/you-said-we-did/annual/{year}", PublishedYouSaidWeDid.FreshnessOf(published.Entries.Where(e => e.Date.Year == year))?.Date)));

        var services = directory.Current;
        entries.Add(new("/directory", services.Freshness?.Date));
        entries.AddRange(services.Listed.Select(service => new SitemapEntry($"/directory/{service.Slug}", service.Freshness.Date)));

        // Worked out from the published pages and services as it is asked for: it changes when they do.
        entries.Add(new(Coverage.CoverageController.PublicPath, entries.Max(e => e.LastModified)));

        // Forms: no date of their own.
        entries.Add(new("/have-your-say", null));
        entries.Add(new("/have-your-say/young-people", null));
        return entries;
    }

    /// <summary>The URL set of <paramref name="entries"/>, absolute under <paramref name="baseUrl"/>.</summary>
    public static byte[] UrlSet(IEnumerable<SitemapEntry> entries, string baseUrl) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", baseUrl + entry.Path);
            WriteLastModified(xml, entry.LastModified);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    /// <summary>An index of the numbered files (/sitemap-1.xml …) that <paramref name="entries"/> fill at <paramref name="perFile"/> each.</summary>
    public static byte[] Index(IReadOnlyList<SitemapEntry> entries, int perFile, string baseUrl) => Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        foreach (var (file, number) in entries.Chunk(perFile).Select((file, i) => (file, i + 1)))
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", $"{baseUrl}/sitemap-{number}.xml");
            WriteLastModified(xml, file.Max(e => e.LastModified));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void WriteLastModified(XmlWriter xml, DateOnly? lastModified)
    {
        if (lastModified is { } date)
        {
            xml.WriteElementString("lastmod", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private static byte[] Write(Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            body(xml);
        }

        return buffer.ToArray();
    }
}
