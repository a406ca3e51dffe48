using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Analytics;

/// <summary>Daily rollups are right, the same however often they run, and outlive the raw events.</summary>
public class RollupTests
{
    private static async Task<List<DailyRollup>> RollupsAsync(RestartableSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AnalyticsDailyRollups.AsNoTracking()
            .OrderBy(r => r.Date).ThenBy(r => r.Kind).ThenBy(r => r.Path).ThenBy(r => r.Context).ToListAsync();
    }

    private static async Task<int> RawEventCountAsync(RestartableSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AnalyticsEvents.CountAsync();
    }

    [Fact]
    public async Task Searches_that_found_little_are_kept_13_months_and_then_deleted()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var site = new RestartableSiteFactory(data, clock);
        _ = site.Server;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            db.SearchQueryLog.AddRange(
                new() { Query = "respite over a year ago", Date = new DateOnly(2025, 11, 5), ResultCount = 0 },
                new() { Query = "respite just inside 13 months", Date = new DateOnly(2025, 11, 7), ResultCount = 0 },
                new() { Query = "respite this month", Date = new DateOnly(2026, 12, 1), ResultCount = 1 });
            await db.SaveChangesAsync();
        }

        var result = await site.Services.GetRequiredService<AnalyticsRollupJob>().RunOnceAsync();

        Assert.Equal(1, result.SearchQueriesDeleted);
        await using var check = site.Services.CreateAsyncScope();
        var kept = await check.ServiceProvider.GetRequiredService<LocalOfferDbContext>().SearchQueryLog.Select(q => q.Query).OrderBy(q => q).ToListAsync();
        Assert.Equal(["respite just inside 13 months", "respite this month"], kept);
    }

    [Fact]
    public async Task Rollups_count_by_day_page_kind_and_context_are_idempotent_and_are_kept_when_raw_events_expire()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(new DateTimeOffset(2026, 1, 10, 23, 0, 0, TimeSpan.Zero));
        await using var site = new RestartableSiteFactory(data, clock);
        _ = site.Server;
        var queue = site.Services.GetRequiredService<AnalyticsEventQueue>();
        var job = site.Services.GetRequiredService<AnalyticsRollupJob>();

        // 10 January: three views of one page, one of another, two click-throughs from an entry.
        for (var i = 0; i < 3; i++)
        {
            queue.TryRecord(EventKind.PageView, "/short-breaks");
        }

        queue.TryRecord(EventKind.PageView, "/you-said-we-did/12/better-letters");
        queue.TryRecord(EventKind.InternalLink, "/you-said-we-did", "/improvement-plan/actions/8A", "you-said-we-did:12");
        queue.TryRecord(EventKind.InternalLink, "/", "/improvement-plan/actions/8A", "you-said-we-did:12");
        await job.RunOnceAsync();

        // 11 January (an hour later): one more view, and a search that found nothing.
        clock.Advance(TimeSpan.FromHours(1));
        queue.TryRecord(EventKind.PageView, "/short-breaks");
        queue.TryRecord(EventKind.SearchFoundNothing, "/search", resultCount: 0);
        await job.RunOnceAsync();
        var first = await RollupsAsync(site);
        await job.RunOnceAsync();
        await job.RunOnceAsync();
        var again = await RollupsAsync(site);

        var jan10 = new DateOnly(2026, 1, 10);
        var jan11 = new DateOnly(2026, 1, 11);
        Assert.Equal(
            [
                (jan10, EventKind.InternalLink, "/improvement-plan/actions/8A", "you-said-we-did:12", 2),
                (jan10, EventKind.PageView, "/short-breaks", "", 3),
                (jan10, EventKind.PageView, "/you-said-we-did/12/better-letters", "", 1),
                (jan11, EventKind.PageView, "/short-breaks", "", 1),
                (jan11, EventKind.SearchFoundNothing, "/search", "", 1),
            ],
            first.Select(r => (r.Date, r.Kind, r.Path, r.Context, r.Count)).OrderBy(r => r.Date).ThenBy(r => r.Kind.ToString(), StringComparer.Ordinal).ThenBy(r => r.Path, StringComparer.Ordinal).ToList());
        Assert.Equal(first.Select(r => (r.Date, r.Kind, r.Path, r.Context, r.Count)), again.Select(r => (r.Date, r.Kind, r.Path, r.Context, r.Count)));
        Assert.Equal(8, await RawEventCountAsync(site));

        // 92 days on: the raw events are past the 90-day retention period and go; the rollups stay.
        clock.Advance(TimeSpan.FromDays(92));
        queue.TryRecord(EventKind.PageView, "/short-breaks");
        var result = await job.RunOnceAsync();

        Assert.Equal(8, result.RawEventsDeleted);
        Assert.Equal(1, await RawEventCountAsync(site));
        var kept = await RollupsAsync(site);
        Assert.Equal(first.Select(r => (r.Date, r.Kind, r.Path, r.Context, r.Count)), kept.Where(r => r.Date <= jan11).Select(r => (r.Date, r.Kind, r.Path, r.Context, r.Count)));

        // The dashboard's numbers for January come from the rollups alone now.
        await using var scope = site.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<IAnalyticsReports>();
        var january = new ReportPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));
        Assert.Equal(5, Assert.Single(await reports.PageViewsByMonthAsync(january, CancellationToken.None)).Count);
        var yswd = Assert.Single(await reports.YouSaidWeDidByMonthAsync(january, CancellationToken.None));
        Assert.Equal((1, 2), (yswd.EntryViews, yswd.ClickThroughs));
        var searches = Assert.Single(await reports.SearchesByMonthAsync(january, CancellationToken.None));
        Assert.Equal((1, 1), (searches.Searches, searches.FoundNothing));
        Assert.Equal([new PathCount("/short-breaks", 4), new PathCount("/you-said-we-did/12/better-letters", 1)], await reports.TopPagesAsync(january, 20, CancellationToken.None));
    }
}
