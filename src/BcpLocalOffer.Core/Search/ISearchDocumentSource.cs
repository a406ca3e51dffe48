namespace BcpLocalOffer.Core.Search;

/// <summary>
/// A capability that has things to find. Register one per capability; the indexer asks each for
/// its documents when it rebuilds, and again whenever the source says it has changed.
/// </summary>
public interface ISearchDocumentSource
{
    /// <summary>Stable name: documents are grouped by it, so one source's update never touches another's.</summary>
    string Name { get; }

    /// <summary>The labels of the types this source produces (type → label shown to families).</summary>
    IReadOnlyDictionary<string, string> TypeLabels { get; }

    /// <summary>
    /// False until the source has its documents (for content: until the published cache is first
    /// loaded). Indexing a source before then would index nothing and call the search ready.
    /// </summary>
    bool IsLoaded { get; }

    IReadOnlyList<SearchDocument> GetDocuments();

    /// <summary>Raised when the documents have changed (for content: after a publish).</summary>
    event Action? Changed;
}
