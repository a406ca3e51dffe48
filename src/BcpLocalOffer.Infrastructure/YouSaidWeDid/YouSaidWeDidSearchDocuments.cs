using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Core.YouSaidWeDid;

namespace BcpLocalOffer.Infrastructure.YouSaidWeDid;

/// <summary>Published entries as search documents; a publish or unpublish replaces the published entries, which re-indexes them.</summary>
public sealed class YouSaidWeDidSearchDocuments : ISearchDocumentSource, IDisposable
{
    public const string EntryType = "you-said-we-did";

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
    };

    public IReadOnlyList<SearchDocument> GetDocuments() => [.. cache.Current.Entries.Select(ToDocument)];

    public void Dispose() => cache.Replaced -= OnReplaced;

    private void OnReplaced(PublishedYouSaidWeDid published) => Changed?.Invoke();

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
