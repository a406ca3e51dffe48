namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>What a notification is about, so each person can choose what they receive.</summary>
public enum NotificationKind
{
    /// <summary>To the board: something waits for their approval.</summary>
    WaitingForApproval,

    /// <summary>To an author: their change was approved and published.</summary>
    Approved,

    /// <summary>To an author: their change was sent back with a comment.</summary>
    SentBack,

    /// <summary>To an owner: a page or service is due for review, or overdue.</summary>
    ReviewDue,

    /// <summary>To the board: a page or service has been overdue for review for 30 days.</summary>
    LongOverdue,
}

/// <summary>
/// One email waiting to go, or gone: written in the same save as the change it is about, sent by
/// <see cref="OutboxSender"/>. Its key says what it is about, so the same reminder or notice is
/// never queued twice; its sent time means it is never sent twice.
/// </summary>
public sealed class OutboxMessage
{
    public const int KeyLength = 300;
    public const int SubjectLength = 200;

    public long Id { get; set; }

    /// <summary>Unique: what the message is about and for whom ("review-due-30:page:{key}:{review date}:{account}").</summary>
    public string Key { get; set; } = "";

    public NotificationKind Kind { get; set; }

    /// <summary>The account's user name (its email address).</summary>
    public string Recipient { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>Plain text with nothing personal about families: titles of pages and services, and what to do.</summary>
    public string Body { get; set; } = "";

    /// <summary>Where on the site the message points, added to the body as a full link when it is sent.</summary>
    public string? LinkPath { get; set; }

    /// <summary>Held for the recipient's daily digest rather than sent on its own.</summary>
    public bool ForDigest { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Set just before the send is attempted: a node that stops mid-send leaves it, and the message is then not sent again.</summary>
    public DateTime? SendingAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    /// <summary>A failed send waits until then before the next try.</summary>
    public DateTime? NextAttemptAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? Outcome { get; set; }
}
