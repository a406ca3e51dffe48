using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The in-memory suggestion index (titles, synonyms and the vocabulary), refreshed after every
/// index change; the synonyms are those the index was built with.
/// </summary>
public sealed class SearchVocabulary
{
    private readonly LuceneSearchIndex index;
    private readonly ILogger<SearchVocabulary> logger;
    private volatile SuggestionIndex current = SuggestionIndex.Empty;

    public SearchVocabulary(LuceneSearchIndex index, ILogger<SearchVocabulary> logger)
    {
        this.index = index;
        this.logger = logger;
        index.Refreshed += Refresh;
        Refresh();
    }

    public SuggestionIndex Current => current;

    public void Refresh()
    {
        try
        {
            if (index.IsOpen)
            {
                current = index.Read((searcher, synonyms) => SuggestionIndex.Build(searcher, synonyms.Terms));
            }
        }
        catch (Exception exception)
        {
            // Keep serving with what we had; the next index update tries again.
            logger.LogWarning(exception, "Search suggestions could not be refreshed");
        }
    }
}
