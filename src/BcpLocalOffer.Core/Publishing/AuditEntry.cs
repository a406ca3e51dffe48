namespace BcpLocalOffer.Core.Publishing;

/// <summary>
/// One thing someone did on the editorial side: who, what, when, to which item of which
/// capability (and which version). Typed, so no code ever reads meaning out of the words shown.
/// </summary>
public class AuditEntry
{
    public const int DetailLength = 2000;
    public const int ItemKeyLength = 512;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The account id, or "content-seed" / "system" for the importer and the scheduler.</summary>
    public string Actor { get; set; } = "";

    public AuditAction Action { get; set; }

    public AuditCapability Capability { get; set; }

    /// <summary>The item within its capability (a page's or service's key, a change's id), when the entry is about one.</summary>
    public string? ItemKey { get; set; }

    public int? VersionNumber { get; set; }

    /// <summary>A short description with no personal data about families (a page name, a comment from the board).</summary>
    public string Detail { get; set; } = "";
}

/// <summary>The item an audit entry is about: its capability, its key and (for versioned content) the version.</summary>
public readonly record struct AuditSubject(AuditCapability Capability, string? ItemKey = null, int? VersionNumber = null)
{
    public static AuditSubject Page(Guid key, int? version = null) => new(AuditCapability.Page, Key(key), version);

    public static AuditSubject Service(Guid id, int? version = null) => new(AuditCapability.Service, Key(id), version);

    public static string Key(Guid key) => key.ToString("D");
}

/// <summary>What an audit entry is about: one name per capability, as the folders have.</summary>
public enum AuditCapability
{
    Site,
    Page,
    Service,
    PlanStatusChange,
    QuarterlyReport,
    YouSaidWeDid,
    Media,
    Redirect,
    Account,
    Organisation,
    Feedback,
    FeedbackTopic,
    Search,
}

/// <summary>What was done. Stored by name; shown with <see cref="AuditActions.Label"/>.</summary>
public enum AuditAction
{
    /// <summary>An entry from before actions were typed; its old words are kept at the start of its detail.</summary>
    Other,
    Created,
    Saved,
    Submitted,
    ChangesRequested,
    Approved,
    Published,
    Unpublished,
    RolledBack,
    Moved,
    Reordered,
    UrlChanged,
    Archived,
    Restored,
    MarkedReviewed,
    Scheduled,
    ScheduleCancelled,
    ScheduledChangeFailed,
    ScheduledChangeReturned,
    SeedImported,
    Uploaded,
    Updated,
    Deleted,
    Added,
    Removed,
    Renamed,
    Retired,
    BroughtBack,
    TwoFactorRequirementChanged,
    SetPasswordLinkMade,
    Disabled,
    Enabled,
    Unlocked,
    TwoFactorReset,
    PersonalDataExported,
    PersonalDataErased,
    RetentionApplied,
    Tagged,
    NoteAdded,
    StatusChanged,
    ReplySent,
    PrivilegedChangeRequested,
    PrivilegedChangeApproved,
    PrivilegedChangeDeclined,
    SignInFailed,
}

public static class AuditActions
{
    public static string Label(this AuditCapability capability) => capability switch
    {
        AuditCapability.PlanStatusChange => "Plan status change",
        AuditCapability.QuarterlyReport => "Quarterly report",
        AuditCapability.YouSaidWeDid => "You said – We did",
        AuditCapability.FeedbackTopic => "Feedback topic",
        _ => capability.ToString(),
    };

    public static string Label(this AuditAction action) => action switch
    {
        AuditAction.ChangesRequested => "Changes requested",
        AuditAction.Approved => "Approved and published",
        AuditAction.RolledBack => "Rolled back",
        AuditAction.UrlChanged => "URL changed",
        AuditAction.MarkedReviewed => "Marked as reviewed",
        AuditAction.ScheduleCancelled => "Schedule cancelled",
        AuditAction.ScheduledChangeFailed => "Scheduled change failed",
        AuditAction.ScheduledChangeReturned => "Scheduled change returned to the queue",
        AuditAction.SeedImported => "Seed imported",
        AuditAction.BroughtBack => "Brought back",
        AuditAction.TwoFactorRequirementChanged => "Two-factor requirement changed",
        AuditAction.SetPasswordLinkMade => "Set-password link made",
        AuditAction.TwoFactorReset => "Two-factor sign-in reset",
        AuditAction.PersonalDataExported => "Personal data exported",
        AuditAction.PersonalDataErased => "Personal data erased",
        AuditAction.RetentionApplied => "Retention applied",
        AuditAction.NoteAdded => "Note added",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.StatusChanged => "Status changed",
        AuditAction.ReplySent => "Reply sent",
        AuditAction.PrivilegedChangeRequested => "Second administrator asked",
        AuditAction.PrivilegedChangeApproved => "Approved by a second administrator",
        AuditAction.PrivilegedChangeDeclined => "Declined or withdrawn",
        _ => action.ToString(),
    };
}
