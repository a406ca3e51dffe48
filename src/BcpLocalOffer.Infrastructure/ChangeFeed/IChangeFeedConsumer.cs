namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// Something a node holds in memory that must follow the database: a published snapshot, a cached
/// list. The <see cref="ChangeFeedFollower"/> applies it whenever the feed names one of its capabilities.
/// Registered scoped, in the order they must be applied (a snapshot that reads another comes after it).
/// </summary>
public interface IChangeFeedConsumer
{
    /// <summary>The <see cref="PublishedCapabilities"/> whose changes this reflects.</summary>
    IReadOnlyCollection<string> Capabilities { get; }

    /// <summary>Whether the site loads it before taking requests (a snapshot pages are served from) rather than on first use.</summary>
    bool LoadsAtStart { get; }

    /// <summary>Reads the database again and replaces what this node holds.</summary>
    Task ApplyAsync(CancellationToken cancellationToken);
}
