namespace BcpLocalOffer.Infrastructure.Analytics;

/// <summary>The "LocalOffer:Analytics" configuration section.</summary>
public sealed class AnalyticsOptions
{
    public const string SectionName = "LocalOffer:Analytics";

    /// <summary>Raw events older than this many days are deleted; the daily rollups are kept for good.</summary>
    public int RawEventRetentionDays { get; set; } = 90;

    /// <summary>Searches that found little are kept this many months for the board's reports, then deleted (the privacy notice says so).</summary>
    public int SearchQueryLogMonths { get; set; } = 13;

    /// <summary>How often the rollups are brought up to date (today's too), and old raw events deleted.</summary>
    public int RollupIntervalSeconds { get; set; } = 300;

    /// <summary>Events waiting for the database. When full, new events are dropped and counted, never waited for.</summary>
    public int QueueCapacity { get; set; } = 50_000;

    /// <summary>Events written to the database in one insert, at most.</summary>
    public int BatchSize { get; set; } = 1_000;

    /// <summary>How long the writer lets events gather before an insert, unless a full batch is waiting.</summary>
    public int BatchGatheringMilliseconds { get; set; } = 250;

    /// <summary>Link-click reports one client may send a minute (in memory, by connection address, never stored).</summary>
    public int EventsPerMinutePerClient { get; set; } = 120;

    /// <summary>The largest event body accepted; larger gets 413.</summary>
    public int MaxEventBytes { get; set; } = 2_048;
}
