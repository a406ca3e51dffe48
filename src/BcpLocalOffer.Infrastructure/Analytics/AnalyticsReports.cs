using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Analytics;

/// <summary>
/// The dashboard's queries. The database sums by day (or by page); months are made here, so the
/// queries stay the same on SQLite and PostgreSQL.
/// </summary>
public sealed class AnalyticsReports(LocalOfferDbContext db) : IAnalyticsReports
{
    private static readonly EventKind[] LinkKinds = [EventKind.InternalLink, EventKind.OutboundLink, EventKind.Download];
    private static readonly EventKind[] SearchKinds = [EventKind.Search, EventKind.SearchFoundNothing];

    public async Task<IReadOnlyList<MonthCount>> PageViewsByMonthAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var days = await InPeriod(period)
            .Where(r => r.Kind == EventKind.PageView)
            .GroupBy(r => r.Date)
            .Select(g => new { Date = g.Key, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        return ByMonth(period, days.Select(d => (d.Date, d.Count)));
    }

    public async Task<IReadOnlyList<PathCount>> TopPagesAsync(ReportPeriod period, int take, CancellationToken cancellationToken) =>
        (await InPeriod(period)
            .Where(r => r.Kind == EventKind.PageView)
            .GroupBy(r => r.Path)
            .Select(g => new { Path = g.Key, Count = g.Sum(r => r.Count) })
            .OrderByDescending(p => p.Count).ThenBy(p => p.Path)
            .Take(take)
            .ToListAsync(cancellationToken))
        .Select(p => new PathCount(p.Path, p.Count)).ToList();

    public async Task<IReadOnlyList<YouSaidWeDidMonth>> YouSaidWeDidByMonthAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var views = await InPeriod(period)
            .Where(r => r.Kind == EventKind.PageView && r.Path.StartsWith(YouSaidWeDid.EntryPathPrefix))
            .GroupBy(r => new { r.Date, r.Path })
            .Select(g => new { g.Key.Date, g.Key.Path, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        var clicks = await InPeriod(period)
            .Where(r => LinkKinds.Contains(r.Kind) && r.Context.StartsWith(YouSaidWeDid.ContextPrefix))
            .GroupBy(r => r.Date)
            .Select(g => new { Date = g.Key, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);

        var entryViews = ByMonth(period, views.Where(v => YouSaidWeDid.IsEntryPath(v.Path)).Select(v => (v.Date, v.Count)));
        var clickThroughs = ByMonth(period, clicks.Select(c => (c.Date, c.Count)));
        return entryViews.Zip(clickThroughs, (v, c) => new YouSaidWeDidMonth(v.Month, v.Count, c.Count)).ToList();
    }

    public async Task<IReadOnlyList<SearchMonth>> SearchesByMonthAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var days = await InPeriod(period)
            .Where(r => SearchKinds.Contains(r.Kind))
            .GroupBy(r => new { r.Date, r.Kind })
            .Select(g => new { g.Key.Date, g.Key.Kind, Count = g.Sum(r => r.Count) })
            .ToListAsync(cancellationToken);
        var all = ByMonth(period, days.Select(d => (d.Date, d.Count)));
        var nothing = ByMonth(period, days.Where(d => d.Kind == EventKind.SearchFoundNothing).Select(d => (d.Date, d.Count)));
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

    public async Task<IReadOnlyList<LinkCount>> TopLinksAsync(ReportPeriod period, int take, CancellationToken cancellationToken) =>
        (await InPeriod(period)
            .Where(r => LinkKinds.Contains(r.Kind))
            .GroupBy(r => new { r.Kind, r.Path })
            .Select(g => new { g.Key.Kind, g.Key.Path, Count = g.Sum(r => r.Count) })
            .OrderByDescending(l => l.Count).ThenBy(l => l.Path)
            .Take(take)
            .ToListAsync(cancellationToken))
        .Select(l => new LinkCount(l.Kind, l.Path, l.Count)).ToList();

    private IQueryable<DailyRollup> InPeriod(ReportPeriod period) =>
        db.AnalyticsDailyRollups.AsNoTracking().Where(r => r.Date >= period.From && r.Date <= period.To);

    private static List<MonthCount> ByMonth(ReportPeriod period, IEnumerable<(DateOnly Date, int Count)> days)
    {
        var totals = days.GroupBy(d => ReportPeriod.MonthOf(d.Date)).ToDictionary(g => g.Key, g => g.Sum(d => d.Count));
        return period.Months.Select(month => new MonthCount(month, totals.GetValueOrDefault(month))).ToList();
    }
}
