using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Core.YouSaidWeDid;

/// <summary>
/// A "You said – We did" entry. The board works on <see cref="Draft"/>; families see
/// <see cref="Published"/>, the copy the last approval made, so changing a published entry
/// changes nothing in public until the change is approved (four eyes) and published.
/// </summary>
public class YouSaidWeDidEntry : IReviewable
{
    public int Id { get; set; }

    public EntryContent Draft { get; set; } = EntryContent.Empty;

    /// <summary>Who saved it last.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public ReviewState Review { get; set; } = new();

    public EntryContent? Published { get; set; }

    /// <summary>When it was first published; the feed's "published" date. Kept when unpublished and published again.</summary>
    public DateTime? FirstPublishedAtUtc { get; set; }

    public DateTime? PublishedAtUtc { get; set; }
}

/// <summary>What an entry says: stored as one value so the draft and the published copy cannot drift apart field by field.</summary>
public sealed record EntryContent(
    string YouSaid,
    string WeDid,
    EntryOutcome Outcome,
    string? WhyNot,
    DateOnly Date,
    int? TopicId,
    int? ThemeId,
    IReadOnlyList<int> FocusAreaNumbers,
    IReadOnlyList<string> ActionRefs,
    IReadOnlyList<EvidenceLink> Evidence)
{
    public const int YouSaidLength = 1000;
    public const int WeDidLength = 4000;
    public const int WhyNotLength = 2000;

    public static EntryContent Empty { get; } = new("", "", EntryOutcome.InProgress, null, default, null, null, [], [], []);
}

/// <summary>A link to evidence of what was done (a report, a page, a document).</summary>
public sealed record EvidenceLink(string Text, string Url);

public enum EntryOutcome
{
    Done,
    InProgress,
    CannotDo,
}

/// <summary>Links an entry to the feedback it answers; the public sees only how many.</summary>
public class YouSaidWeDidFeedbackLink
{
    public int EntryId { get; set; }

    public long FeedbackId { get; set; }
}

public static class EntryOutcomes
{
    public static string Label(this EntryOutcome outcome) => outcome switch
    {
        EntryOutcome.Done => "Done",
        EntryOutcome.InProgress => "In progress",
        _ => "We can't do this",
    };

    public static string Slug(this EntryOutcome outcome) => outcome switch
    {
        EntryOutcome.Done => "done",
        EntryOutcome.InProgress => "in-progress",
        _ => "cannot-do",
    };

    public static EntryOutcome? Parse(string? slug) => Enum.GetValues<EntryOutcome>().Cast<EntryOutcome?>().FirstOrDefault(o => o!.Value.Slug() == slug);
}
