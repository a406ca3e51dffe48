namespace BcpLocalOffer.Infrastructure;

/// <summary>The "LocalOffer" configuration section: where data lives and which database holds it.</summary>
public sealed class LocalOfferOptions
{
    public const string SectionName = "LocalOffer";

    /// <summary>
    /// One folder for everything a node writes: the SQLite file, the search index, DataProtection
    /// keys, uploaded media and logs. Relative paths are relative to the content root.
    /// </summary>
    public string DataPath { get; set; } = "data";

    /// <summary>Where the content seed is read from; defaults to the copy beside the application.</summary>
    public string? ContentSeedPath { get; set; }

    public DatabaseOptions Database { get; set; } = new();

    /// <summary>
    /// This node's name among several behind a load balancer: in logs, the change feed and the search
    /// index folder. Defaults to the host name; set it where hosts share a name (containers on one host).
    /// </summary>
    public string? NodeId { get; set; }

    public ChangeFeed.ChangeFeedOptions ChangeFeed { get; set; } = new();

    public string ResolveNodeId() => NodeId is { Length: > 0 } configured ? configured : Environment.MachineName;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Required for Postgres. For SQLite, defaults to localoffer.db in the data folder.</summary>
    public string? ConnectionString { get; set; }
}
