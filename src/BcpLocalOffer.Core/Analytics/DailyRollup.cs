namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// How many events of one kind a day saw for one page (page views) or one link target (clicks),
/// within one context. Kept for good; the dashboard reads only these.
/// </summary>
public class DailyRollup
{
    public long Id { get; set; }

    public DateOnly Date { get; set; }

    public EventKind Kind { get; set; }

    /// <summary>The page viewed, or for a link the target followed.</summary>
    public string Path { get; set; } = "";

    /// <summary>The block the link was in, or "" when none.</summary>
    public string Context { get; set; } = "";

    public int Count { get; set; }

    /// <summary>What a rollup row is keyed by: the page, or for a link the place it went.</summary>
    public static string KeyPath(AnalyticsEvent e) => e.Target ?? e.Path;
}

/// <summary>
/// The daily rollups of one month added up, so a year on the dashboard reads twelve rows a page
/// rather than 365. Rebuilt from the daily rows whenever a day of the month is recounted.
/// </summary>
public class MonthlyRollup
{
    public long Id { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public EventKind Kind { get; set; }

    public string Path { get; set; } = "";

    public string Context { get; set; } = "";

    public int Count { get; set; }
}
