namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>The "LocalOffer:ChangeFeed" section: how quickly a node sees the other nodes' changes.</summary>
public sealed class ChangeFeedOptions
{
    /// <summary>
    /// How often the feed is read even when no notification came. With PostgreSQL notifications a
    /// change arrives at once and this only bounds the delay of a lost one; without them (SQLite,
    /// or notifications off) it is the delay.
    /// </summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>PostgreSQL LISTEN/NOTIFY; off leaves the poll alone to find changes.</summary>
    public bool Notifications { get; set; } = true;

    /// <summary>
    /// How far back each read looks. A transaction committed later than this after it saved its
    /// entry would be missed, and a node that could not read the feed for this long reloads everything.
    /// </summary>
    public double WindowMinutes { get; set; } = 10;

    /// <summary>Entries are deleted after this many hours (by one node at a time).</summary>
    public double KeepHours { get; set; } = 24;
}
