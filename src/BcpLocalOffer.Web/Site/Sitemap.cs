using System.Globalization;
using System.Text;
using System.Xml;
using BcpLocalOffer.Core.Content.Published;
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

        var planNow = plan.Current;
        if (planNow.Areas.Count > 0)
        {
            DateOnly? planChanged = planNow.Actions.Select(a => a.LastChanged).Concat(planNow.Reports.Select(r => (DateTimeOffset?)r.PublishedAt)).Max() is { } changed
                ? Day(changed)
                : planNow.Document.Agreed;
            entries.AddRange(new[] { "/improvement-plan", "/improvement-plan/actions", "/improvement-plan/easy-read", "/improvement-plan/quarterly-reports" }
                .Select(path => new SitemapEntry(path, planChanged)));
            entries.AddRange(planNow.Areas.Select(area => new SitemapEntry($"/improvement-plan/areas/{area.Number}", planChanged)));
            entries.AddRange(planNow.Actions.Select(action => new SitemapEntry($"/improvement-plan/actions/{action.Ref}", action.LastChanged is { } at ? Day(at) : planNow.Document.Agreed)));
            entries.AddRange(planNow.Reports.Select(report => new SitemapEntry(report.Path, Day(report.PublishedAt))));
        }

        var published = youSaidWeDid.Current;
        entries.Add(new("/you-said-we-did", published.Entries.Count > 0 ? DateOnly.FromDateTime(published.Entries.Max(e => e.UpdatedAtUtc)) : null));
        entries.AddRange(published.Entries.Select(entry => new SitemapEntry(entry.Path, DateOnly.FromDateTime(entry.UpdatedAtUtc))));
        entries.AddRange(published.Years.Select(year => new SitemapEntry(
            $"/you-said-we-did/annual/{year}", DateOnly.FromDateTime(published.Entries.Where(e => e.Date.Year == year).Max(e => e.UpdatedAtUtc)))));

        var services = directory.Current.Listed;
        entries.Add(new("/directory", services.Count > 0 ? Day(services.Max(s => s.LastModified)) : null));
        entries.AddRange(services.Select(service => new SitemapEntry($"/directory/{service.Slug}", Day(service.LastModified))));

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

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);

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
