using System.Globalization;
using BcpLocalOffer.Core.ImprovementPlan.Published;

namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>
/// The filters families use on the list of actions: area, status, accountable officer, overdue.
/// Read from a query string as typed; a value that matches nothing is an error to show, not a 500.
/// </summary>
public sealed record PlanFilter(int? Area, ActionStatus? Status, string? Officer, bool OverdueOnly)
{
    public static PlanFilter None { get; } = new(null, null, null, false);

    public bool IsEmpty => Area is null && Status is null && Officer is null && !OverdueOnly;

    /// <summary>Reads the raw values; <paramref name="errors"/> gets one message per field that matches nothing.</summary>
    public static PlanFilter Read(PublishedPlan plan, string? area, string? status, string? officer, string? overdue, IDictionary<string, string> errors)
    {
        int? areaNumber = null;
        if (!string.IsNullOrWhiteSpace(area))
        {
            if (int.TryParse(area, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && plan.FindArea(number) is not null)
            {
                areaNumber = number;
            }
            else
            {
                errors["area"] = "Choose an area from the list";
            }
        }

        ActionStatus? statusValue = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            statusValue = ActionStatuses.Parse(status);
            if (statusValue is null)
            {
                errors["status"] = "Choose a status from the list";
            }
        }

        string? officerName = null;
        if (!string.IsNullOrWhiteSpace(officer))
        {
            officerName = plan.Officers.FirstOrDefault(o => string.Equals(o, officer.Trim(), StringComparison.OrdinalIgnoreCase));
            if (officerName is null)
            {
                errors["officer"] = "Choose an accountable officer from the list";
            }
        }

        var overdueOnly = overdue is not null && (overdue == "true" || overdue == "on" || overdue == "yes");
        if (!string.IsNullOrEmpty(overdue) && !overdueOnly)
        {
            errors["overdue"] = "Tick the box to show only overdue actions, or leave it empty";
        }

        return new PlanFilter(areaNumber, statusValue, officerName, overdueOnly);
    }

    public IEnumerable<PublishedAction> Apply(PublishedPlan plan, DateOnly today) =>
        plan.Actions.Where(a =>
            (Area is null || a.AreaNumber == Area)
            && (Status is null || a.Status == Status)
            && (Officer is null || a.Officers.Contains(Officer, StringComparer.Ordinal))
            && (!OverdueOnly || a.IsOverdue(today)));
}
