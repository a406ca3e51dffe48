namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>What backs a "SEND-friendly" claim: staff training, the needs met, and who checked it and when.</summary>
public sealed record SendFriendlyEvidence(string? StaffTraining, string? NeedsMet, string? VerifiedBy, DateOnly? VerifiedOn)
{
    public static SendFriendlyEvidence None { get; } = new(null, null, null, null);

    public bool IsComplete =>
        !string.IsNullOrWhiteSpace(StaffTraining) && !string.IsNullOrWhiteSpace(NeedsMet)
        && !string.IsNullOrWhiteSpace(VerifiedBy) && VerifiedOn is not null;
}

public enum SendFriendlyVerdict
{
    /// <summary>The claim shows.</summary>
    Shown,

    /// <summary>Something is missing (or the check is dated in the future), so the claim does not show.</summary>
    Incomplete,

    /// <summary>Complete, but checked too long ago: the claim does not show until it is checked again.</summary>
    Stale,
}

/// <summary>
/// The inspection found short breaks advertised as SEND-friendly whose staff could not meet
/// children's needs. So the claim shows only with complete evidence checked within
/// <see cref="DirectoryOptions.EvidenceValidMonths"/> months: on the day it turns that old it
/// still shows, the day after it does not.
/// </summary>
public static class SendFriendlyRule
{
    public static SendFriendlyVerdict Judge(SendFriendlyEvidence evidence, DateOnly today, int validMonths)
    {
        if (!evidence.IsComplete || evidence.VerifiedOn > today)
        {
            return SendFriendlyVerdict.Incomplete;
        }

        return evidence.VerifiedOn < today.AddMonths(-validMonths) ? SendFriendlyVerdict.Stale : SendFriendlyVerdict.Shown;
    }

    /// <summary>The last day the claim shows, for the back office ("check again by …").</summary>
    public static DateOnly? ShowsUntil(SendFriendlyEvidence evidence, int validMonths) =>
        evidence.IsComplete ? evidence.VerifiedOn!.Value.AddMonths(validMonths) : null;
}

/// <summary>The "Directory" configuration section.</summary>
public sealed class DirectoryOptions
{
    public const string SectionName = "LocalOffer:Directory";

    /// <summary>How many months a SEND-friendly check stays good. Twelve unless configured.</summary>
    public int EvidenceValidMonths { get; set; } = 12;

    /// <summary>Services on one page of the public directory.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>
    /// When set (12 is the rule's own), services whose provider has not checked them for longer
    /// than this many months are left out of the directory's listing. Off unless configured: a
    /// council decides whether an unchecked listing is worse than none.
    /// </summary>
    public int? HideUncheckedAfterMonths { get; set; }
}
