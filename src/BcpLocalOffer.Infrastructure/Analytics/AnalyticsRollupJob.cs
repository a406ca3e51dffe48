using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Analytics;

/// <summary>
/// Brings the daily rollups up to date and deletes raw events and logged searches past their retention periods. Each run
/// recounts every day from the day before the newest day rolled up to today, replacing those days' rows
/// in one transaction, so running it twice, on two nodes or after a crash gives the same numbers.
/// Days before that are final: their raw events may already be gone, so they are never recounted.
/// </summary>
public sealed class AnalyticsRollupJob(
    IServiceScopeFactory scopes,
    AnalyticsEventQueue queue,
    TimeProvider clock,
    IOptions<AnalyticsOptions> options,
    ClusterLock locks,
    ILogger<AnalyticsRollupJob> logger) : SingletonJob<AnalyticsRollupJob.RunResult>(locks, clock, logger)
{
    /// <summary>The outcome of one run, for logs and tests.</summary>
    public sealed record RunResult(DateOnly? From, DateOnly To, int RollupRows, int RawEventsDeleted, int SearchQueriesDeleted);

    protected override string Name => "Analytics rollup";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.RollupIntervalSeconds));

    protected override async Task<RunResult> RunLockedAsync(CancellationToken cancellationToken)
    {
        await queue.FlushAsync(cancellationToken);
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var keepFrom = today.AddDays(-Math.Max(1, options.Value.RawEventRetentionDays));

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var newestRolledUp = await db.AnalyticsDailyRollups.MaxAsync(r => (DateOnly?)r.Date, cancellationToken);
        // The day before the newest too: an event dated just before midnight may have been saved just after the last run.
        var from = newestRolledUp?.AddDays(-1) ?? await db.AnalyticsEvents.MinAsync(e => (DateOnly?)e.Date, cancellationToken);
        var rows = 0;
        if (from is { } first && first <= today)
        {
            await db.AnalyticsDailyRollups.Where(r => r.Date >= first && r.Date <= today).ExecuteDeleteAsync(cancellationToken);
            var counts = await db.AnalyticsEvents
                .Where(e => e.Date >= first && e.Date <= today)
                .GroupBy(e => new { e.Date, e.Kind, Path = e.Target ?? e.Path, Context = e.Context ?? "" })
                .Select(g => new DailyRollup { Date = g.Key.Date, Kind = g.Key.Kind, Path = g.Key.Path, Context = g.Key.Context, Count = g.Count() })
                .ToListAsync(cancellationToken);
            db.AnalyticsDailyRollups.AddRange(counts);
            await db.SaveChangesAsync(cancellationToken);
            rows = counts.Count;
            await RebuildMonthsAsync(db, ReportPeriod.MonthOf(first), today, cancellationToken);
        }

        // Every day up to today is rolled up by now, in this transaction, so old raw events can go.
        var deleted = await db.AnalyticsEvents.Where(e => e.Date < keepFrom).ExecuteDeleteAsync(cancellationToken);
        // What families typed is kept only as long as the board's year-on-year reports need it.
        var queriesFrom = today.AddMonths(-Math.Max(1, options.Value.SearchQueryLogMonths));
        var queries = await db.SearchQueryLog.Where(q => q.Date < queriesFrom).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RunResult(from, today, rows, deleted, queries);
    }

    /// <summary>Each month from <paramref name="firstMonth"/> to today's, added up again from its days.</summary>
    private static async Task RebuildMonthsAsync(LocalOfferDbContext db, DateOnly firstMonth, DateOnly today, CancellationToken cancellationToken)
    {
        for (var month = firstMonth; month <= today; month = month.AddMonths(1))
        {
            var next = month.AddMonths(1);
            await db.AnalyticsMonthlyRollups.Where(r => r.Month == month).ExecuteDeleteAsync(cancellationToken);
            var totals = await db.AnalyticsDailyRollups
                .Where(r => r.Date >= month && r.Date < next)
                .GroupBy(r => new { r.Kind, r.Path, r.Context })
                .Select(g => new { g.Key.Kind, g.Key.Path, g.Key.Context, Count = g.Sum(r => r.Count) })
                .ToListAsync(cancellationToken);
            db.AnalyticsMonthlyRollups.AddRange(totals.Select(t => new MonthlyRollup { Month = month, Kind = t.Kind, Path = t.Path, Context = t.Context, Count = t.Count }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    protected override void Report(RunResult result) =>
        Logger.LogDebug("Analytics rolled up from {From} to {To}: {Rows} rows, {Deleted} old raw events deleted",
            result.From, result.To, result.RollupRows, result.RawEventsDeleted);
}
