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
