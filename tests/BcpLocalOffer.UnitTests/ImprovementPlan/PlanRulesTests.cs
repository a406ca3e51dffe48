using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.UnitTests.ImprovementPlan;

public class PlanRulesTests
{
    [Fact]
    public void The_published_plan_shows_only_published_changes_and_marks_those_no_report_has_reported()
    {
        var at = new DateTimeOffset(2027, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var plan = PublishedPlanBuilder.Build(
            PlanDocument.None,
            [new PlanArea { Number = 1, Title = "Culture" }],
            [new PlanFocusArea { Number = 1, AreaNumber = 1 }],
            [
                new PlanAction { Ref = "1A", FocusAreaNumber = 1, SortOrder = 10, Status = ActionStatus.OnTrack },
                new PlanAction { Ref = "1B", FocusAreaNumber = 1, SortOrder = 20, Status = ActionStatus.Complete },
                new PlanAction { Ref = "1C", FocusAreaNumber = 1, SortOrder = 30 },
            ],
            [
                new StatusChange { Id = 1, ActionRef = "1A", ToStatus = ActionStatus.OnTrack, PublishedAt = at },
                new StatusChange { Id = 2, ActionRef = "1B", ToStatus = ActionStatus.Complete, PublishedAt = at, QuarterlyReportId = 7 },
                new StatusChange { Id = 3, ActionRef = "1C", ToStatus = ActionStatus.HighRisk, Review = new() { State = WorkflowState.Submitted } },
            ],
            [new QuarterlyReport { Id = 7, Title = "Quarter one", PublishedAt = at }, new QuarterlyReport { Id = 8, Title = "Draft" }],
            generation: 1);

        Assert.True(plan.FindAction("1a")!.ChangedSinceLastReport);
        Assert.False(plan.FindAction("1B")!.ChangedSinceLastReport);
        Assert.Empty(plan.FindAction("1C")!.History);
        Assert.Equal(["Quarter one"], plan.Reports.Select(r => r.Title));
        Assert.Equal(["1B"], plan.Reports[0].Changes.Select(c => c.ActionRef));
        Assert.Equal(1, plan.Areas[0].Count(ActionStatus.Complete));
    }

    [Fact]
    public void Filters_that_match_nothing_in_the_plan_are_errors_not_empty_results()
    {
        var plan = PublishedPlanBuilder.Build(
            PlanDocument.None, [new PlanArea { Number = 1, Title = "Culture" }], [new PlanFocusArea { Number = 1, AreaNumber = 1 }],
            [new PlanAction { Ref = "1A", FocusAreaNumber = 1, Officers = ["Anthony Douglas"], End = "2022-03" }], [], [], 1);
        var errors = new Dictionary<string, string>();

        var filter = PlanFilter.Read(plan, "9", "purple", "Nobody", "maybe", errors);

        Assert.Equal(["area", "status", "officer", "overdue"], errors.Keys);
        Assert.True(filter.IsEmpty);

        errors.Clear();
        var good = PlanFilter.Read(plan, "1", "not-started", "anthony douglas", "true", errors);
        Assert.Empty(errors);
        Assert.Single(good.Apply(plan, new DateOnly(2022, 4, 1)));
        Assert.Empty(good.Apply(plan, new DateOnly(2022, 3, 31)));
    }

    [Theory]
    [InlineData("2A", "10A", -1)]
    [InlineData("8B", "8C", -1)]
    [InlineData("40A", "4A", 1)]
    public void Refs_sort_by_focus_area_number_then_letter(string x, string y, int sign)
    {
        Assert.Equal(sign, Math.Sign(RefComparer.Instance.Compare(x, y)));
    }
}
