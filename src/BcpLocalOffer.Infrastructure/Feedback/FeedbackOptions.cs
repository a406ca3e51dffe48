namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>"LocalOffer:Feedback": retention and rate limits (replies leave through LocalOffer:Mail). No secrets belong in the repository.</summary>
public sealed class FeedbackOptions
{
    public const string SectionName = "LocalOffer:Feedback";

    /// <summary>Email addresses are deleted this many months after the feedback arrived.</summary>
    public int ContactDetailsMonths { get; set; } = 12;

    /// <summary>Free text (comments, notes) is removed this many months after the feedback arrived; the counts stay.</summary>
    public int FreeTextMonths { get; set; } = 24;

    public int RetentionCheckIntervalMinutes { get; set; } = 60;

    /// <summary>Submissions one client may make a minute, counted in memory only (no address is stored).</summary>
    public int SubmissionsPerMinutePerClient { get; set; } = 20;

    /// <summary>How long a public form may be open before it must be reloaded.</summary>
    public int FormTokenLifetimeHours { get; set; } = 24;
}
