using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Core.YouSaidWeDid;

namespace BcpLocalOffer.Infrastructure.YouSaidWeDid;

/// <summary>
/// Published entries, and each year's annual report, as search documents; a publish or unpublish
/// replaces the published entries, which re-indexes them.
/// </summary>
public sealed class YouSaidWeDidSearchDocuments : ISearchDocumentSource, IDisposable
{
    public const string EntryType = "you-said-we-did";
    public const string AnnualReportType = "annual-report";

    private readonly IPublishedYouSaidWeDidCache cache;

    public YouSaidWeDidSearchDocuments(IPublishedYouSaidWeDidCache cache)
    {
        this.cache = cache;
        cache.Replaced += OnReplaced;
    }

    public event Action? Changed;

    public string Name => "you-said-we-did";

    public bool IsLoaded => cache.IsLoaded;

    public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string>
    {
        [EntryType] = "You said – We did",
        [AnnualReportType] = "Yearly report on what you told us",
    };

    public IReadOnlyList<SearchDocument> GetDocuments() =>
        [.. cache.Current.Entries.Select(ToDocument), .. cache.Current.Years.Select(year => AnnualReport(year, cache.Current))];

    public void Dispose() => cache.Replaced -= OnReplaced;

    private void OnReplaced(PublishedYouSaidWeDid published) => Changed?.Invoke();

    // The law asks for comments on the Local Offer and the council's response to be published;
    // families look for them as "annual report" or "what you told us this year".
    private static SearchDocument AnnualReport(int year, PublishedYouSaidWeDid published) => new()
    {
        Key = "you-said-we-did:annual:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Type = AnnualReportType,
        Url = $"/you-said-we-did/annual/{year}",
        Title = $"Comments about our Local Offer and our response, {year}",
        Keywords = $"annual report {year} yearly report you said we did what you told us",
        Summary = $"What families told us about the Local Offer in {year}, by topic, and what we did about it.",
        Body = string.Join(' ', published.Entries.Where(e => e.Date.Year == year).Select(e => e.Topic).Distinct()),
    };

    private static SearchDocument ToDocument(PublishedEntry entry) => new()
    {
        Key = "you-said-we-did:" + entry.Id,
        Type = EntryType,
        Url = entry.Path,
        Title = "You said: " + (entry.YouSaid.Length > 120 ? entry.YouSaid[..120] + "…" : entry.YouSaid),
        Summary = $"{entry.Outcome.Label()}. {entry.Topic}",
        Body = string.Join(' ', [entry.YouSaid, entry.WeDid, entry.WhyNot ?? "", .. entry.Actions.Select(a => a.Title), .. entry.FocusAreas.Select(f => f.Title)]),
    };
}
