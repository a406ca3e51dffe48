namespace BcpLocalOffer.Core.Search;

/// <summary>Search and suggestions for families. Never throws for anything a user can type.</summary>
public interface ISearchService
{
    /// <summary>False while the index is being built for the first time; the site says so instead of failing.</summary>
    bool IsReady { get; }

    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    IReadOnlyList<Suggestion> Suggest(string prefix, int max = 8);
}
