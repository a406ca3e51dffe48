using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.UnitTests.Published;

public sealed class FreshnessTests
{
    [Fact]
    public void A_moment_is_dated_by_the_uk_calendar_so_half_past_midnight_bst_is_the_next_day()
    {
        Assert.Equal(new DateOnly(2026, 6, 1), Freshness.Day(new DateTimeOffset(2026, 5, 31, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 31), Freshness.Day(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void The_latest_of_no_moments_is_no_day()
    {
        Assert.Null(Freshness.LatestDay([]));
        Assert.Null(Freshness.LatestDay([null, null]));
        Assert.Equal(new DateOnly(2026, 3, 2), Freshness.LatestDay([null, new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero)]));
    }

    [Theory]
    [InlineData(FreshnessKind.Reviewed, "reviewed")]
    [InlineData(FreshnessKind.Updated, "updated")]
    [InlineData(FreshnessKind.Checked, "checked")]
    public void Each_kind_has_its_word(FreshnessKind kind, string verb) =>
        Assert.Equal(verb, new Freshness(kind, new DateOnly(2026, 1, 1), "Someone").Verb);
}
