namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// One committed change to something the public sees, written in the same transaction as the change
/// itself. Every node reads the feed and rebuilds what it names, so a publish on one node reaches all.
/// </summary>
public sealed class ChangeFeedEntry
{
    public long Sequence { get; set; }

    /// <summary>One of <see cref="PublishedCapabilities"/>.</summary>
    public string Capability { get; set; } = "";

    /// <summary>When it was saved (UTC): the feed is read back over a recent window, never from the beginning.</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>The node that made it, for logs and for reading the feed by eye.</summary>
    public string Node { get; set; } = "";
}
