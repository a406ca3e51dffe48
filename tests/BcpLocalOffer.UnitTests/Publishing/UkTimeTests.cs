using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.UnitTests.Publishing;

public class UkTimeTests
{
    [Fact]
    public void Summer_times_are_british_summer_time_an_hour_ahead_of_utc() =>
        Assert.Equal(new DateTime(2027, 7, 1, 8, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2027, 7, 1), new TimeOnly(9, 30)));

    [Fact]
    public void Winter_times_are_greenwich_mean_time() =>
        Assert.Equal(new DateTime(2027, 1, 15, 9, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2027, 1, 15), new TimeOnly(9, 30)));

    [Fact]
    public void The_hour_skipped_when_the_clocks_go_forward_does_not_exist() =>
        Assert.Null(UkTime.ToUtc(new DateOnly(2027, 3, 28), new TimeOnly(1, 30)));

    [Fact]
    public void The_hour_repeated_when_the_clocks_go_back_means_the_first_one() =>
        Assert.Equal(new DateTime(2027, 10, 31, 0, 30, 0, DateTimeKind.Utc), UkTime.ToUtc(new DateOnly(2027, 10, 31), new TimeOnly(1, 30)));

    [Fact]
    public void Times_are_described_in_uk_time_with_the_zone_named()
    {
        Assert.Equal("1 July 2027 at 09:30 BST", UkTime.Describe(new DateTime(2027, 7, 1, 8, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("15 January 2027 at 09:30 GMT", UkTime.Describe(new DateTime(2027, 1, 15, 9, 30, 0, DateTimeKind.Utc)));
    }
}
