namespace BcpLocalOffer.Core.Analytics;

/// <summary>What happened. Stored by name, so the order here can change without rewriting data.</summary>
public enum EventKind
{
    PageView,
    InternalLink,
    OutboundLink,
    Download,
    Search,

    /// <summary>A search with no results: kept apart so the dashboard counts them without the raw events.</summary>
    SearchFoundNothing,
}
