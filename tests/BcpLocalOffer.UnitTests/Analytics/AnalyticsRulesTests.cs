using BcpLocalOffer.Core.Analytics;

namespace BcpLocalOffer.UnitTests.Analytics;

public class AnalyticsRulesTests
{
    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0.0.0 Safari/537.36", true)]
    [InlineData("curl/8.5.0", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1", false)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0", false)]
    public void Bots_and_scripts_are_recognised_by_their_user_agent(string? userAgent, bool isBot)
    {
        Assert.Equal(isBot, BotUserAgents.IsBot(userAgent));
    }

    [Theory]
    [InlineData("/you-said-we-did/12", true)]
    [InlineData("/you-said-we-did/12/shorter-waits", true)]
    [InlineData("/you-said-we-did", false)]
    [InlineData("/you-said-we-did/", false)]
    [InlineData("/you-said-we-did/feed.xml", false)]
    public void Entry_views_are_views_of_an_entrys_own_page(string path, bool isEntry)
    {
        Assert.Equal(isEntry, YouSaidWeDidMeasures.IsEntryPath(path));
    }

    [Theory]
    [InlineData(new[] { 10, 12, 14, 16 }, "Rising, about 2 more a month")]
    [InlineData(new[] { 40, 30, 20, 10 }, "Falling, about 10 fewer a month")]
    [InlineData(new[] { 5, 5, 6, 5 }, "Flat")]
    [InlineData(new[] { 100 }, "Flat")]
    [InlineData(new int[0], "Flat")]
    public void The_trend_is_the_line_through_the_months_not_one_odd_month(int[] counts, string described)
    {
        Assert.Equal(described, MonthlyTrend.Of(counts).Describe());
    }

    [Fact]
    public void A_period_lists_every_month_it_touches()
    {
        var period = new ReportPeriod(new DateOnly(2025, 11, 20), new DateOnly(2026, 2, 3));

        Assert.Equal([new DateOnly(2025, 11, 1), new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1)], period.Months);
        Assert.Equal(new ReportPeriod(new DateOnly(2025, 12, 1), new DateOnly(2026, 11, 22)), ReportPeriod.TwelveMonthsTo(new DateOnly(2026, 11, 22)));
    }
}

public class ReportPeriodSplitTests
{
    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Whole_months_come_from_the_monthly_rollups_and_part_months_from_the_days()
    {
        var (months, days) = BcpLocalOffer.Infrastructure.Analytics.AnalyticsReports.Split(new ReportPeriod(D("2025-12-15"), D("2026-11-22")));

        Assert.Equal((D("2026-01-01"), D("2026-10-01")), months);
        Assert.Equal([(D("2025-12-15"), D("2025-12-31")), (D("2026-11-01"), D("2026-11-22"))], days);
    }

    [Fact]
    public void A_period_of_exact_months_needs_no_days()
    {
        var (months, days) = BcpLocalOffer.Infrastructure.Analytics.AnalyticsReports.Split(new ReportPeriod(D("2026-01-01"), D("2026-02-28")));

        Assert.Equal((D("2026-01-01"), D("2026-02-01")), months);
        Assert.Empty(days);
    }

    [Fact]
    public void A_period_within_one_month_is_all_days()
    {
        var (months, days) = BcpLocalOffer.Infrastructure.Analytics.AnalyticsReports.Split(new ReportPeriod(D("2026-03-02"), D("2026-03-30")));

        Assert.Null(months);
        Assert.Equal([(D("2026-03-02"), D("2026-03-30"))], days);
    }
}
