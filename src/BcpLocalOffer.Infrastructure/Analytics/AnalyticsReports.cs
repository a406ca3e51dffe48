using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Analytics;

/// <summary>
/// The dashboard's queries. Whole months in the period are read from the monthly rollups and only
/// the days of a part month at either end from the daily ones, so a year is about twelve rows a page.
/// The database sums; months and the final top-N are made here, so the queries stay the same on
/// SQLite and PostgreSQL (kinds are compared one by one rather than with a list parameter for the same reason).
/// </summary>
public sealed class AnalyticsReports(LocalOfferDbContext db) : IAnalyticsReports
{

    public async Task<IReadOnlyList<MonthCount>> PageViewsByMonthAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var days = await FromRollupsAsync(period, rows => rows
            .Where(r => r.Kind == EventKind.PageView)
            .GroupBy(r => r.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(r => r.Count) }), cancellationToken);
        return ByMonth(period, days.Select(d => (d.Day, d.Count)));
    }

    public async Task<IReadOnlyList<PathCount>> TopPagesAsync(ReportPeriod period, int take, CancellationToken cancellationToken)
    {
        var pages = await FromRollupsAsync(period, rows => rows
            .Where(r => r.Kind == EventKind.PageView)
            .GroupBy(r => r.Path)
            .Select(g => new { Path = g.Key, Count = g.Sum(r => r.Count) }), cancellationToken);
        return pages.GroupBy(p => p.Path, StringComparer.Ordinal)
            .Select(g => new PathCount(g.Key, g.Sum(p => p.Count)))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Path, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    public async Task<IReadOnlyList<YouSaidWeDidMonth>> YouSaidWeDidByMonthAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var views = await FromRollupsAsync(period, rows => rows
            .Where(r => r.Kind == EventKind.PageView && r.Path.StartsWith(YouSaidWeDidMeasures.EntryPathPrefix))
            .GroupBy(r => new { r.Day, r.Path })
            .Select(g => new { g.Key.Day, g.Key.Path, Count = g.Sum(r => r.Count) }), cancellationToken);
        var clicks = await FromRollupsAsync(period, rows => rows
            .Where(r => (r.Kind == EventKind.InternalLink || r.Kind == EventKind.OutboundLink || r.Kind == EventKind.Download) && r.Context.StartsWith(YouSaidWeDidMeasures.ContextPrefix))
            .GroupBy(r => r.Day)
            .Select(g => new { Day = g.Key, Count = g.Sum(r => r.Count) }), cancellationToken);

        var entryViews = ByMonth(period, views.Where(v => YouSaidWeDidMeasures.IsEntryPath(v.Path)).Select(v => (v.Day, v.Count)));
        var clickThroughs = ByMonth(period, clicks.Select(c => (c.Day, c.Count)));
        return entryViews.Zip(clickThroughs, (v, c) => new YouSaidWeDidMonth(v.Month, v.Count, c.Count)).ToList();
    }

    public async Task<IReadOnlyList<SearchMonth>> SearchesByMonthAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var days = await FromRollupsAsync(period, rows => rows
            .Where(r => r.Kind == EventKind.Search || r.Kind == EventKind.SearchFoundNothing)
            .GroupBy(r => new { r.Day, r.Kind })
            .Select(g => new { g.Key.Day, g.Key.Kind, Count = g.Sum(r => r.Count) }), cancellationToken);
        var all = ByMonth(period, days.Select(d => (d.Day, d.Count)));
        var nothing = ByMonth(period, days.Where(d => d.Kind == EventKind.SearchFoundNothing).Select(d => (d.Day, d.Count)));
        return all.Zip(nothing, (a, n) => new SearchMonth(a.Month, a.Count, n.Count)).ToList();
    }

    public async Task<IReadOnlyList<QueryCount>> TopSearchesFoundNothingAsync(ReportPeriod period, int take, CancellationToken cancellationToken) =>
        (await db.SearchQueryLog.AsNoTracking()
            .Where(q => q.Date >= period.From && q.Date <= period.To && q.ResultCount == 0)
            .GroupBy(q => q.Query)
            .Select(g => new { Query = g.Key, Count = g.Count() })
            .OrderByDescending(q => q.Count).ThenBy(q => q.Query)
            .Take(take)
            .ToListAsync(cancellationToken))
        .Select(q => new QueryCount(q.Query, q.Count)).ToList();

    public async Task<IReadOnlyList<LinkCount>> TopLinksAsync(ReportPeriod period, int take, CancellationToken cancellationToken)
    {
        var links = await FromRollupsAsync(period, rows => rows
            .Where(r => r.Kind == EventKind.InternalLink || r.Kind == EventKind.OutboundLink || r.Kind == EventKind.Download)
            .GroupBy(r => new { r.Kind, r.Path })
            .Select(g => new { g.Key.Kind, g.Key.Path, Count = g.Sum(r => r.Count) }), cancellationToken);
        return links.GroupBy(l => (l.Kind, l.Path))
            .Select(g => new LinkCount(g.Key.Kind, g.Key.Path, g.Sum(l => l.Count)))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Target, StringComparer.Ordinal)
            .Take(take)
            .ToList();
    }

    /// <summary>One query run on the monthly rollups for the whole months and on the daily ones for the rest.</summary>
    private async Task<List<T>> FromRollupsAsync<T>(ReportPeriod period, Func<IQueryable<RollupRow>, IQueryable<T>> query, CancellationToken cancellationToken)
    {
        var (wholeMonths, partDays) = Split(period);
        var results = new List<T>();
        if (wholeMonths is var (first, last))
        {
            results.AddRange(await query(db.AnalyticsMonthlyRollups.AsNoTracking()
                .Where(r => r.Month >= first && r.Month <= last)
                .Select(r => new RollupRow { Day = r.Month, Kind = r.Kind, Path = r.Path, Context = r.Context, Count = r.Count }))
                .ToListAsync(cancellationToken));
        }

        foreach (var (from, to) in partDays)
        {
            results.AddRange(await query(db.AnalyticsDailyRollups.AsNoTracking()
                .Where(r => r.Date >= from && r.Date <= to)
                .Select(r => new RollupRow { Day = r.Date, Kind = r.Kind, Path = r.Path, Context = r.Context, Count = r.Count }))
                .ToListAsync(cancellationToken));
        }

        return results;
    }

    /// <summary>The whole months inside the period (first days), and the day ranges of part months at its ends.</summary>
    public static ((DateOnly First, DateOnly Last)? WholeMonths, IReadOnlyList<(DateOnly From, DateOnly To)> PartDays) Split(ReportPeriod period)
    {
        var first = period.From.Day == 1 ? period.From : ReportPeriod.MonthOf(period.From).AddMonths(1);
        var endOfLast = ReportPeriod.MonthOf(period.To).AddMonths(1).AddDays(-1);
        var last = period.To == endOfLast ? ReportPeriod.MonthOf(period.To) : ReportPeriod.MonthOf(period.To).AddMonths(-1);
        if (first > last)
        {
            return (null, [(period.From, period.To)]);
        }

        var parts = new List<(DateOnly, DateOnly)>();
        if (period.From < first)
        {
            parts.Add((period.From, first.AddDays(-1)));
        }

        if (period.To > last.AddMonths(1).AddDays(-1))
        {
            parts.Add((last.AddMonths(1), period.To));
        }

        return ((first, last), parts);
    }

    private static List<MonthCount> ByMonth(ReportPeriod period, IEnumerable<(DateOnly Day, int Count)> days)
    {
        var totals = days.GroupBy(d => ReportPeriod.MonthOf(d.Day)).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));
        return period.Months.Select(month => new MonthCount(month, totals.GetValueOrDefault(month))).ToList();
    }

    /// <summary>A daily or monthly rollup row in one shape; for a monthly row the day is the month's first.</summary>
    private sealed class RollupRow
    {
        public DateOnly Day { get; init; }

        public EventKind Kind { get; init; }

        public string Path { get; init; } = "";

        public string Context { get; init; } = "";

        public int Count { get; init; }
    }
}
