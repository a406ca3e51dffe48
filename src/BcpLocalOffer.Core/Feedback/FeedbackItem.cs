namespace BcpLocalOffer.Core.Feedback;

/// <summary>
/// One piece of feedback: a "Have your say" comment or an "Is this page useful?" answer. Contact
/// details are never here: they live in <see cref="FeedbackContact"/>, so deleting them after the
/// retention period leaves the comment, and nothing on this row identifies the person.
/// </summary>
public class FeedbackItem
{
    public long Id { get; set; }

    /// <summary>The idempotency key: the form's submission id, so a double click or a replay makes one row.</summary>
    public string SubmissionKey { get; set; } = "";

    /// <summary>What the confirmation page shows, for example "LO-7K2M-9QXD".</summary>
    public string Reference { get; set; } = "";

    public FeedbackKind Kind { get; set; }

    public DateTime ReceivedAtUtc { get; set; }

    /// <summary>True when the young person's version of the form was used.</summary>
    public bool FromYoungPersonsForm { get; set; }

    public FeedbackRole? Role { get; set; }

    public int? TopicId { get; set; }

    public string? Comment { get; set; }

    /// <summary>"What would make it better", optional.</summary>
    public string? Improvement { get; set; }

    /// <summary>For a page answer: the public path, without a query string.</summary>
    public string? PagePath { get; set; }

    public bool? Useful { get; set; }

    public PageProblem? Problem { get; set; }

    /// <summary>For a report about a directory service: the service, and what the family said was wrong.</summary>
    public Guid? ServiceId { get; set; }

    public ServiceProblem? ServiceProblem { get; set; }

    /// <summary>For a report of something wrong: the change that fixed it, as the board recorded it when closing the report.</summary>
    public string? FixedBy { get; set; }

    public bool ReplyWanted { get; set; }

    public FeedbackStatus Status { get; set; }

    public List<int> ThemeIds { get; set; } = [];

    public List<int> AreaNumbers { get; set; } = [];

    public List<int> FocusAreaNumbers { get; set; } = [];

    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>When the free text was replaced by the retention job; the row stays for the counts.</summary>
    public DateTime? AnonymisedAtUtc { get; set; }
}

public enum FeedbackKind
{
    Comment,
    PageAnswer,
    ServiceReport,
}

/// <summary>The answers to "Report something wrong with this service".</summary>
public enum ServiceProblem
{
    Closed,
    WrongContactDetails,
    WrongTimes,
    WrongCost,
    NotAsDescribed,
    SomethingElse,
}

public enum FeedbackStatus
{
    New,
    InProgress,
    Closed,
}

public enum FeedbackRole
{
    ParentOrCarer,
    YoungPerson,
    Professional,
    Other,
}

/// <summary>The answers to "What was wrong?" on a page that was not useful.</summary>
public enum PageProblem
{
    OutOfDate,
    HardToUnderstand,
    MissingInformation,
    BrokenLink,
    Other,
}

/// <summary>An email address given by someone who wants a reply. Deleted after the retention period.</summary>
public class FeedbackContact
{
    public long FeedbackId { get; set; }

    public string Email { get; set; } = "";

    public DateTime ReceivedAtUtc { get; set; }
}

/// <summary>An internal note by the editorial board on a piece of feedback; never public.</summary>
public class FeedbackNote
{
    public long Id { get; set; }

    public long FeedbackId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Author { get; set; } = "";

    public string Text { get; set; } = "";
}

/// <summary>A topic a family can choose on the "Have your say" form; administrators manage the list.</summary>
public class FeedbackTopic
{
    public const int MaxLabelLength = 120;

    public int Id { get; set; }

    public string Label { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>The improvement plan area this topic is, when it is one of the eight.</summary>
    public int? PlanAreaNumber { get; set; }

    /// <summary>Retired topics are no longer offered; feedback already given keeps them.</summary>
    public bool IsRetired { get; set; }
}

/// <summary>A theme the board finds in feedback, in families' words ("Waiting too long for an EHC plan").</summary>
public class FeedbackTheme
{
    public const int MaxNameLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}
