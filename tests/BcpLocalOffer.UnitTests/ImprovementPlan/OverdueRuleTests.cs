using BcpLocalOffer.Core.ImprovementPlan;

namespace BcpLocalOffer.UnitTests.ImprovementPlan;

/// <summary>An action is overdue from the first day after its end month, unless it is complete or on-going.</summary>
public class OverdueRuleTests
{
    [Theory]
    [InlineData("2022-03", "2022-03-31", false)] // the last day of the end month is still in time
    [InlineData("2022-03", "2022-04-01", true)]  // the day after it is late
    [InlineData("2022-04", "2022-04-30", false)] // a 30-day month
    [InlineData("2022-04", "2022-05-01", true)]
    [InlineData("2022-02", "2022-02-28", false)] // February in an ordinary year
    [InlineData("2022-02", "2022-03-01", true)]
    [InlineData("2024-02", "2024-02-29", false)] // February in a leap year has one more day
    [InlineData("2024-02", "2024-03-01", true)]
    [InlineData("2022-12", "2022-12-31", false)] // across the end of the year
    [InlineData("2022-12", "2023-01-01", true)]
    [InlineData("2023-07", "2022-01-15", false)] // not yet due
    public void An_unfinished_action_is_overdue_only_once_its_end_month_has_passed(string end, string today, bool overdue)
    {
        Assert.Equal(overdue, OverdueRule.IsOverdue(end, ActionStatus.OnTrack, DateOnly.Parse(today)));
        Assert.Equal(overdue, OverdueRule.IsOverdue(end, ActionStatus.NotStarted, DateOnly.Parse(today)));
        Assert.Equal(overdue, OverdueRule.IsOverdue(end, ActionStatus.HighRisk, DateOnly.Parse(today)));
    }

    [Fact]
    public void A_complete_action_is_never_overdue()
    {
        Assert.False(OverdueRule.IsOverdue("2022-03", ActionStatus.Complete, new DateOnly(2030, 1, 1)));
    }

    [Theory]
    [InlineData("on-going")]
    [InlineData(null)]
    [InlineData("Underway")]
    public void An_on_going_action_or_one_whose_end_was_lost_is_never_overdue(string? end)
    {
        Assert.False(OverdueRule.IsOverdue(end, ActionStatus.NotStarted, new DateOnly(2030, 1, 1)));
    }
}
