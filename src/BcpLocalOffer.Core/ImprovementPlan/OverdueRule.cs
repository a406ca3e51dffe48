namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>
/// An action is overdue once the whole of its end month has passed and it is not complete. An
/// "on-going" action has no end, and one whose end the document lost cannot be judged, so
/// neither is ever overdue.
/// </summary>
public static class OverdueRule
{
    public static bool IsOverdue(string? end, ActionStatus status, DateOnly today) =>
        status != ActionStatus.Complete && PlanMonth.TryParse(end, out var month) && today > month.LastDay;
}
