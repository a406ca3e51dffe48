using System.Globalization;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>What every public plan page has: the published plan and today's date (for "overdue").</summary>
public sealed record PlanPageModel(PublishedPlan Plan, DateOnly Today)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public int Total(ActionStatus status) => Plan.Actions.Count(a => a.Status == status);

    public int OverdueCount => Plan.Actions.Count(a => a.IsOverdue(Today));

    public int ChangedCount => Plan.Actions.Count(a => a.ChangedSinceLastReport);

    /// <summary>The largest number of actions in one area: the chart's bars are drawn to this scale.</summary>
    public int LargestArea => Plan.Areas.Count == 0 ? 1 : Math.Max(1, Plan.Areas.Max(a => a.Actions.Count()));

    public static string Date(DateTimeOffset at) => Core.Publishing.UkTime.ToLocal(at.UtcDateTime).ToString("d MMMM yyyy", English);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", English);
}

public sealed record PlanAreaModel(PlanPageModel Page, PublishedArea Area);

public sealed record PlanActionModel(PlanPageModel Page, PublishedArea Area, PublishedAction Action)
{
    public PublishedFocusArea FocusArea => Area.FocusAreas.Single(f => f.Number == Action.FocusAreaNumber);
}

public sealed record PlanReportModel(PlanPageModel Page, PublishedReport Report);

/// <summary>The filter form as the visitor typed it, so a mistake is shown back with their choices.</summary>
public sealed record PlanFilterForm(string? Area, string? Status, string? Officer, bool Overdue);

public sealed record PlanActionsModel(PlanPageModel Page, PlanFilterForm Form, PlanFilter Filter, IReadOnlyList<PublishedAction> Found, bool IsValid);

/// <summary>A row of an action table: which flags to show.</summary>
public sealed record PlanActionRow(PublishedAction Action, DateOnly Today, bool ShowArea = false);

/// <summary>A table of actions, captioned for screen readers (and on screen where it helps).</summary>
public sealed record PlanActionTable(IReadOnlyList<PublishedAction> Actions, DateOnly Today, string Caption, bool CaptionVisible = false);

/// <summary>The breadcrumb trail above a plan page, after Home.</summary>
public sealed record PlanBreadcrumbs(IReadOnlyList<(string Path, string Name)> Items)
{
    public static PlanBreadcrumbs Plan { get; } = new([("/improvement-plan", "Improvement plan")]);

    public static PlanBreadcrumbs Area(PublishedArea area) =>
        new([("/improvement-plan", "Improvement plan"), ($"/improvement-plan/areas/{area.Number}", $"Area {area.Number}: {area.Title}")]);
}
