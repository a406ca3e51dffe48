namespace BcpLocalOffer.Core.Coverage;

/// <summary>
/// One thing the law says a Local Offer must publish: an item of Schedule 2 of the SEND
/// Regulations 2014, or a duty beside it (the short breaks services statement). The list ships in
/// content-seed/coverage/duties.json; docs/schedule-2.md explains it.
/// </summary>
/// <param name="Code">Stable, so a page's tags outlive a change of wording.</param>
/// <param name="Sections">Pages of the site's own features that always cover the duty ("/you-said-we-did").</param>
/// <param name="ServiceKinds">Directory services of these kinds cover it too.</param>
public sealed record LegalDuty(string Code, string Law, string Subject, string ForFamilies, IReadOnlyList<string> Sections, IReadOnlyList<string> ServiceKinds);

/// <summary>Where a duty stands: what families can trust, what is stale, what is missing.</summary>
public enum CoverageStatus
{
    NotCovered,
    OnlyOverdue,
    Covered,
}

public static class CoverageStatusText
{
    public static string Label(this CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "Covered",
        CoverageStatus.OnlyOverdue => "Covered only by pages overdue for review",
        _ => "Not covered",
    };

    public static string Slug(this CoverageStatus status) => status switch
    {
        CoverageStatus.Covered => "covered",
        CoverageStatus.OnlyOverdue => "only-overdue",
        _ => "not-covered",
    };
}

/// <summary>A page, service or feature that covers a duty, and whether it is past its review date.</summary>
public sealed record CoveringItem(string Title, string Path, string Kind, DateOnly? ReviewBy, bool Overdue);

public sealed record DutyCoverage(LegalDuty Duty, CoverageStatus Status, IReadOnlyList<CoveringItem> CoveredBy);
