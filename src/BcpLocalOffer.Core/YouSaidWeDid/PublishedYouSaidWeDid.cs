using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.YouSaidWeDid;

/// <summary>An entry as families see it, with its topic, areas and actions already resolved to words.</summary>
public sealed record PublishedEntry(
    int Id,
    string YouSaid,
    string WeDid,
    EntryOutcome Outcome,
    string? WhyNot,
    DateOnly Date,
    int? TopicId,
    string? Topic,
    IReadOnlyList<int> AreaNumbers,
    IReadOnlyList<(int Number, string Title)> FocusAreas,
    IReadOnlyList<(string Ref, string Title)> Actions,
    IReadOnlyList<EvidenceLink> Evidence,
    int FeedbackCount,
    DateTime FirstPublishedAtUtc,
    DateTime UpdatedAtUtc)
{
    public string Slug => UrlSegment.FromName(YouSaid.Length > 60 ? YouSaid[..60] : YouSaid) is { Length: > 0 } slug ? slug : "entry";

    public string Path => $"/you-said-we-did/{Id}/{Slug}";
}

/// <summary>Every published entry, newest first. Public pages read this; they never query the database.</summary>
public sealed class PublishedYouSaidWeDid(IReadOnlyList<PublishedEntry> entries, long generation)
{
    public static PublishedYouSaidWeDid Empty { get; } = new([], 0);

    public IReadOnlyList<PublishedEntry> Entries { get; } = [.. entries.OrderByDescending(e => e.Date).ThenByDescending(e => e.Id)];

    public long Generation { get; } = generation;

    public PublishedEntry? Find(int id) => Entries.FirstOrDefault(e => e.Id == id);

    public IReadOnlyList<int> Years => [.. Entries.Select(e => e.Date.Year).Distinct().OrderDescending()];

    /// <summary>Who keeps the section up to date, as its freshness line names them.</summary>
    public const string KeptUpToDateBy = "the Local Offer team with the Parent Carer Forum";

    /// <summary>The freshness line of a page showing <paramref name="entries"/>: the day the latest of them was last published.</summary>
    public static Freshness? FreshnessOf(IEnumerable<PublishedEntry> entries) =>
        Freshness.LatestDay(entries.Select(e => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(e.UpdatedAtUtc, DateTimeKind.Utc))))
            is { } day ? new(FreshnessKind.Updated, day, KeptUpToDateBy) : null;
}

public interface IPublishedYouSaidWeDidCache : IPublishedSnapshotCache<PublishedYouSaidWeDid>;

public sealed class PublishedYouSaidWeDidCache() : PublishedSnapshotCache<PublishedYouSaidWeDid>(PublishedYouSaidWeDid.Empty), IPublishedYouSaidWeDidCache;

/// <summary>The public listing's filters: topic, improvement area, outcome and year, each optional.</summary>
public sealed record EntryFilter(int? TopicId, int? AreaNumber, EntryOutcome? Outcome, int? Year)
{
    public IEnumerable<PublishedEntry> Apply(IEnumerable<PublishedEntry> entries) => entries.Where(e =>
        (TopicId is null || e.TopicId == TopicId)
        && (AreaNumber is null || e.AreaNumbers.Contains(AreaNumber.Value))
        && (Outcome is null || e.Outcome == Outcome)
        && (Year is null || e.Date.Year == Year));
}
