using BcpLocalOffer.Core.ImprovementPlan;

namespace BcpLocalOffer.UnitTests.ImprovementPlan;

public class PlanMonthTests
{
    [Theory]
    [InlineData("2022-03", "March 2022")]
    [InlineData("on-going", "On-going")]
    [InlineData(null, "Not recorded")]
    public void Months_are_described_in_words(string? value, string described)
    {
        Assert.Equal(described, PlanMonth.Describe(value));
    }

    [Theory]
    [InlineData("2022-02", "2022-02-28")]
    [InlineData("2024-02", "2024-02-29")]
    [InlineData("2022-12", "2022-12-31")]
    public void The_last_day_of_a_month_allows_for_short_months_and_leap_years(string value, string lastDay)
    {
        Assert.True(PlanMonth.TryParse(value, out var month));
        Assert.Equal(DateOnly.Parse(lastDay), month.LastDay);
    }

    [Theory]
    [InlineData("2022-13")]
    [InlineData("March 2022")]
    [InlineData("2022-3")]
    [InlineData("")]
    public void Anything_but_a_month_on_going_or_nothing_is_not_valid(string value)
    {
        Assert.False(PlanMonth.IsValid(value));
    }
}
