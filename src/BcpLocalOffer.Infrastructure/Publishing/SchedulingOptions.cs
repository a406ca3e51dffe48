namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>The "LocalOffer:Scheduling" configuration section.</summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "LocalOffer:Scheduling";

    /// <summary>How often due publishes and unpublishes are looked for; a change runs at most this late.</summary>
    public int CheckIntervalSeconds { get; set; } = 5;

    /// <summary>A claim older than this was left by a node that stopped mid-run, and is released.</summary>
    public int StaleClaimMinutes { get; set; } = 10;
}
