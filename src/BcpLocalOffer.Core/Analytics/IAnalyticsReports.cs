namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// The numbers the PI dashboard shows, read from the daily rollups (and, for searches that found
/// nothing, the search log). Every month of the period is present, with 0 when nothing happened.
/// </summary>
public interface IAnalyticsReports
{
    Task<IReadOnlyList<MonthCount>> PageViewsByMonthAsync(ReportPeriod period, CancellationToken cancellationToken);

    Task<IReadOnlyList<PathCount>> TopPagesAsync(ReportPeriod period, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<YouSaidWeDidMonth>> YouSaidWeDidByMonthAsync(ReportPeriod period, CancellationToken cancellationToken);

    Task<IReadOnlyList<SearchMonth>> SearchesByMonthAsync(ReportPeriod period, CancellationToken cancellationToken);

    Task<IReadOnlyList<QueryCount>> TopSearchesFoundNothingAsync(ReportPeriod period, int take, CancellationToken cancellationToken);

    Task<IReadOnlyList<LinkCount>> TopLinksAsync(ReportPeriod period, int take, CancellationToken cancellationToken);
}
