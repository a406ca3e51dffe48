using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using System.Text;
using System.Xml;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.YouSaidWeDid;

/// <summary>
/// "You said – We did" for families: the listing with filters, a permalink per entry, an Atom
/// feed and the annual report that regulation 56 asks for. Entries come from the published
/// entries in memory; only the annual report's counts of comments read the database.
/// Each entry is wrapped in data-analytics-context="you-said-we-did:{id}" for the analytics capability.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class YouSaidWeDidController(IPublishedYouSaidWeDidCache cache, IPublishedPlanCache plan, FeedbackTopics topics, IOptions<SiteOptions> site) : Controller
{
    public const string Root = "/you-said-we-did";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? topic, string? area, string? status, string? year)
    {
        var published = cache.Current;
        var allTopics = await topics.AllAsync();
        var filter = new EntryFilter(
            Parse(topic, nameof(topic), "Select a topic from the list", allTopics.Select(t => t.Id)),
            Parse(area, nameof(area), "Select an improvement area from the list", plan.Current.Areas.Select(a => a.Number)),
            status is { Length: > 0 } ? EntryOutcomes.Parse(status) ?? Error<EntryOutcome>(nameof(status), "Select a status from the list") : null,
            Parse(year, nameof(year), "Select a year from the list", published.Years));
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "You said – We did";
        ViewData["MetaDescription"] = "What families told us about SEND services and the Local Offer, and what we did about it.";
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var entries = ModelState.IsValid ? filter.Apply(published.Entries).ToList() : [];
        return View("Index", new ListingModel(entries, published, allTopics.Where(t => published.Entries.Any(e => e.TopicId == t.Id)).ToList(), plan.Current, new ListingForm(topic, area, status, year)));
    }

    [HttpGet(Root + "/{id:int}")]
    [HttpGet(Root + "/{id:int}/{slug}")]
    public IActionResult Entry(int id, string? slug)
    {
        if (cache.Current.Find(id) is not { } entry)
        {
            return NotFound();
        }

        ViewData["Title"] = "You said: " + (entry.YouSaid.Length > 70 ? entry.YouSaid[..70] + "…" : entry.YouSaid) + " – You said – We did";
        return View("Entry", entry);
    }

    [HttpGet(Root + "/feed.atom")]
    public IActionResult Feed()
    {
        var baseUrl = SiteEndpoints.PublicBaseUrl(HttpContext, site.Value);
        var entries = cache.Current.Entries;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            const string Atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, $"You said – We did – {site.Value.ServiceName}");
            xml.WriteElementString("id", Atom, baseUrl + Root);
            xml.WriteElementString("updated", Atom, Rfc3339(entries.Count > 0 ? entries.Max(e => e.UpdatedAtUtc) : DateTime.UnixEpoch));
            WriteLink(xml, Atom, baseUrl + Root + "/feed.atom", "self");
            WriteLink(xml, Atom, baseUrl + Root, "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, site.Value.CouncilName);
            xml.WriteEndElement();
            foreach (var entry in entries.Take(50))
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, "You said: " + entry.YouSaid);
                xml.WriteElementString("id", Atom, $"{baseUrl}{Root}/{entry.Id}");
                WriteLink(xml, Atom, baseUrl + entry.Path, "alternate");
                xml.WriteElementString("published", Atom, Rfc3339(entry.FirstPublishedAtUtc));
                xml.WriteElementString("updated", Atom, Rfc3339(entry.UpdatedAtUtc));
                if (entry.Topic is not null)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", entry.Topic);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString($"We did ({entry.Outcome.Label()}): {entry.WeDid}{(entry.WhyNot is null ? "" : " Why: " + entry.WhyNot)}");
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return File(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    /// <summary>"Comments about our Local Offer and our response": counts of comments by topic and the year's entries, identifying no one.</summary>
    [HttpGet(Root + "/annual/{year:int}")]
    public async Task<IActionResult> Annual(int year, [FromServices] IFeedbackStatistics statistics)
    {
        if (year is < 2000 or > 2100)
        {
            return NotFound();
        }

        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var volumes = await statistics.VolumeByTopicAsync(from, to, HttpContext.RequestAborted);
        var pages = await statistics.UsefulnessByPageAsync(from, to, HttpContext.RequestAborted);
        var reports = await statistics.ReportsFixedAsync(from, to, HttpContext.RequestAborted);
        var entries = cache.Current.Entries.Where(e => e.Date.Year == year).OrderBy(e => e.Topic, StringComparer.Ordinal).ThenBy(e => e.Date).ToList();
        ViewData["Title"] = $"Comments about our Local Offer and our response, {year}";
        return View("Annual", new AnnualModel(year, volumes, pages, entries, reports));
    }

    private static string Rfc3339(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static void WriteLink(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private int? Parse(string? value, string field, string message, IEnumerable<int> allowed)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && allowed.Contains(number))
        {
            return number;
        }

        ModelState.AddModelError(field, message);
        return null;
    }

    private T? Error<T>(string field, string message)
        where T : struct
    {
        ModelState.AddModelError(field, message);
        return null;
    }
}

public sealed record ListingForm(string? Topic, string? Area, string? Status, string? Year);

public sealed record ListingModel(IReadOnlyList<PublishedEntry> Entries, PublishedYouSaidWeDid Published, IReadOnlyList<FeedbackTopic> Topics, PublishedPlan Plan, ListingForm Form);

public sealed record AnnualModel(int Year, IReadOnlyList<TopicVolume> Volumes, IReadOnlyList<PageUsefulness> Pages, IReadOnlyList<PublishedEntry> Entries, ReportsFixed Reports);
