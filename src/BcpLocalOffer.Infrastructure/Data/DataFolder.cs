namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>The resolved data folder and the places inside it that each capability writes to.</summary>
public sealed class DataFolder
{
    public DataFolder(string contentRoot, LocalOfferOptions options)
    {
        Root = Path.GetFullPath(Path.Combine(contentRoot, options.DataPath));
        Node = FolderNameOf(options.ResolveNodeId());
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>This node's id as a folder and file name: nodes may share the data folder, never these.</summary>
    public string Node { get; }

    public string SqliteFile => Path.Combine(Root, "localoffer.db");

    /// <summary>Derived data each node builds for itself, so nodes sharing the folder never replace each other's.</summary>
    public string SearchIndex => Path.Combine(Root, "search-index", Node);

    public string Media => Path.Combine(Root, "media");

    public string Logs => Path.Combine(Root, "logs");

    /// <summary>The file each node logs to (one per day), named after the node so several can share the folder.</summary>
    public string LogFile => Path.Combine(Logs, $"localoffer-{Node}-.json");

    public static string FolderNameOf(string nodeId)
    {
        var name = new string(nodeId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray()).Trim('.');
        return name.Length > 0 ? name : "node";
    }
}
