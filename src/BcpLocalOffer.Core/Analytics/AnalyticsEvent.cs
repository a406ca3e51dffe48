namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// One counted thing a visitor did, kept for the raw-event retention period and then deleted once
/// it is in the daily rollups. There is deliberately nothing here about who: no IP address, user
/// agent, cookie or identifier of any kind.
/// </summary>
public class AnalyticsEvent
{
    public long Id { get; set; }

    /// <summary>The UTC day; rollups and retention work by day.</summary>
    public DateOnly Date { get; set; }

    public DateTime AtUtc { get; set; }

    public EventKind Kind { get; set; }

    /// <summary>The site path of the page it happened on (no query string).</summary>
    public string Path { get; set; } = "";

    /// <summary>For a link: where it went (a site path, or another site's address without its query string).</summary>
    public string? Target { get; set; }

    /// <summary>The <c>data-analytics-context</c> of the block the link was in, such as <c>you-said-we-did:12</c>.</summary>
    public string? Context { get; set; }

    /// <summary>For a search: how many results it found.</summary>
    public int? ResultCount { get; set; }
}
