namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>"LocalOffer:Feedback": retention, rate limits and how replies are sent. No secrets belong in the repository.</summary>
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

    public FeedbackEmailOptions Email { get; set; } = new();
}

public sealed class FeedbackEmailOptions
{
    /// <summary>The address replies come from.</summary>
    public string From { get; set; } = "localoffer@example.invalid";

    /// <summary>SMTP host; when empty, replies are written as .eml files to the pickup folder under the data path.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpUseTls { get; set; } = true;

    /// <summary>Set by environment variable or a secret store, never in appsettings in the repository.</summary>
    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }
}
