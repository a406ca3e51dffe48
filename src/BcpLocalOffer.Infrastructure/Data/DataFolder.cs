namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>The resolved data folder and the places inside it that each capability writes to.</summary>
public sealed class DataFolder
{
    public DataFolder(string contentRoot, LocalOfferOptions options)
    {
        Root = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string SqliteFile => Path.Combine(Root, "localoffer.db");

    public string DataProtectionKeys => Path.Combine(Root, "keys");

    public string SearchIndex => Path.Combine(Root, "search-index");

    public string Media => Path.Combine(Root, "media");

    public string Logs => Path.Combine(Root, "logs");
}
