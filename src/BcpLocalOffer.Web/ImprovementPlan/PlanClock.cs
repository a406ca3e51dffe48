using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>Today's date in the UK, which is when families decide whether a month has passed.</summary>
public static class PlanClock
{
    public static DateOnly UkToday(this TimeProvider clock) => DateOnly.FromDateTime(UkTime.ToLocal(clock.GetUtcNow().UtcDateTime));
}
