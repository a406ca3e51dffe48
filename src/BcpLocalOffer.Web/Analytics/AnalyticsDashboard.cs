using System.Globalization;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Core.Feedback;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>Everything the PI dashboard shows for one period.</summary>
public sealed record AnalyticsDashboard(
    ReportPeriodForm Form,
    ReportPeriod? Period,
    IReadOnlyList<MonthCount> PageViews,
    IReadOnlyList<NamedPathCount> TopPages,
    IReadOnlyList<YouSaidWeDidMonth> YouSaidWeDid,
    IReadOnlyList<SearchMonth> Searches,
    IReadOnlyList<QueryCount> SearchesFoundNothing,
    IReadOnlyList<LinkCount> Links,
    IReadOnlyList<PageUsefulness> Usefulness,
    IReadOnlyList<TopicVolume> FeedbackByTopic,
    long DroppedSinceStart)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static AnalyticsDashboard Refused(ReportPeriodForm form) => new(form, null, [], [], [], [], [], [], [], [], 0);

    public MonthlyTrend ClickThroughTrend => MonthlyTrend.Of(YouSaidWeDid.Select(m => m.ClickThroughs).ToList());

    public MonthlyTrend EntryViewTrend => MonthlyTrend.Of(YouSaidWeDid.Select(m => m.EntryViews).ToList());

    public MonthlyTrend PageViewTrend => MonthlyTrend.Of(PageViews.Select(m => m.Count).ToList());

    public static string MonthName(DateOnly month) => month.ToString("MMMM yyyy", English);

    public static string ShortMonth(DateOnly month) => month.ToString("MMM yy", English);

    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    public static string Number(long value) => value.ToString("N0", English);

    public static string LinkKind(EventKind kind) => kind switch
    {
        EventKind.OutboundLink => "Another website",
        EventKind.Download => "Download",
        _ => "Page on this site",
    };
}

/// <summary>A page's views with its current title, when it is still published.</summary>
public sealed record NamedPathCount(string Path, string? Title, int Count);

/// <summary>One bar chart: an SVG drawn from the same numbers as the table beside it.</summary>
public sealed record BarChart(string Id, string Title, string Description, IReadOnlyList<(string Label, int Value)> Bars);
