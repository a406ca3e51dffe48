namespace BcpLocalOffer.Core.Publishing;

public enum ScheduledAction
{
    Publish,
    Unpublish,
}

public enum ScheduleStatus
{
    Pending,

    /// <summary>Claimed by one node's scheduler, so two nodes never run it twice.</summary>
    Running,
    Done,
    Failed,
    Cancelled,
}

/// <summary>
/// A publish or unpublish the editorial board has set for a date and time. Kept in the database,
/// so a restart forgets nothing; the scheduler runs it through the same editing code as a person.
/// </summary>
public class ScheduledChange
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    public ScheduledAction Action { get; set; }

    /// <summary>The version to publish; null for an unpublish.</summary>
    public int? VersionNumber { get; set; }

    /// <summary>When it is due, in UTC (a DateTime, so every provider compares and sorts it natively).</summary>
    public DateTime DueAtUtc { get; set; }

    public ScheduleStatus Status { get; set; } = ScheduleStatus.Pending;

    /// <summary>The board member who set it; the change runs with their authority.</summary>
    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a scheduler claimed it (UTC); a claim left by a node that stopped is released later.</summary>
    public DateTime? ClaimedAtUtc { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why it failed or who cancelled it.</summary>
    public string? Outcome { get; set; }

    public string Describe() => Action == ScheduledAction.Publish ? $"Publish version {VersionNumber}" : "Unpublish the page";
}
