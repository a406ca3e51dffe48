using BcpLocalOffer.Core.ServiceDirectory;

namespace BcpLocalOffer.UnitTests.ServiceDirectory;

public sealed class ServiceFreshnessRuleTests
{
    private static readonly DateOnly Checked = new(2026, 1, 15);

    [Theory]
    [InlineData("2026-01-15", ServiceFreshness.Current)]
    [InlineData("2026-07-15", ServiceFreshness.Current)]
    [InlineData("2026-07-16", ServiceFreshness.MayBeOutOfDate)]
    [InlineData("2027-01-15", ServiceFreshness.MayBeOutOfDate)]
    [InlineData("2027-01-16", ServiceFreshness.Unchecked)]
    public void A_listing_may_be_out_of_date_past_6_months_and_is_unchecked_past_12(string today, ServiceFreshness expected) =>
        Assert.Equal(expected, ServiceFreshnessRule.Of(Checked, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Month_ends_count_as_the_calendar_does()
    {
        // 31 August + 6 months is 28 February: the day after is past it.
        Assert.Equal(ServiceFreshness.Current, ServiceFreshnessRule.Of(new DateOnly(2026, 8, 31), new DateOnly(2027, 2, 28)));
        Assert.Equal(ServiceFreshness.MayBeOutOfDate, ServiceFreshnessRule.Of(new DateOnly(2026, 8, 31), new DateOnly(2027, 3, 1)));
    }
}
