using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>
/// A proposed change to an action's status (and, if the board wants, its plain-English title),
/// with the commentary families will read and the kind of evidence behind it. It goes Draft → Submitted → Approved (published) like a page version,
/// and once published it is part of the action's history for good.
/// </summary>
public class StatusChange : IReviewable
{
    public const int CommentaryLength = 2000;
    public const int EvidenceNoteLength = 500;

    public long Id { get; set; }

    public string ActionRef { get; set; } = "";

    /// <summary>The action's status when the change was drafted; set again when it is published.</summary>
    public ActionStatus FromStatus { get; set; }

    public ActionStatus ToStatus { get; set; }

    /// <summary>The action's new plain-English title, when the change renames it; null keeps the title.</summary>
    public string? PlainTitle { get; set; }

    public string Commentary { get; set; } = "";

    public string EvidenceKind { get; set; } = "";

    /// <summary>Where the evidence is (a board's minutes of a date, a survey's results), if given.</summary>
    public string? EvidenceNote { get; set; }

    /// <summary>Who saved it last.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public ReviewState Review { get; set; } = new();

    /// <summary>Set when approved: the moment families could see it.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The quarterly report that reported it; null while it is "changed since the last report".</summary>
    public long? QuarterlyReportId { get; set; }

    public bool IsPublished => PublishedAt is not null;
}

/// <summary>
/// A quarterly progress report: the board's summary plus every status change published since the
/// last report, gathered when it is published. Drafted, submitted and approved by a different
/// board member, like everything else.
/// </summary>
public class QuarterlyReport : IReviewable
{
    public const int TitleLength = 120;
    public const int SummaryLength = 4000;

    public long Id { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Who saved it last.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public ReviewState Review { get; set; } = new();

    public DateTimeOffset? PublishedAt { get; set; }
}
