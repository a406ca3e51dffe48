using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The synonyms file and the in-memory suggestion index, both refreshed after every index change
/// (so a council's edit to the synonyms applies at the next index update).
/// </summary>
public sealed class SearchVocabulary
{
    private readonly LuceneSearchIndex index;
    private readonly SearchSynonymsStore synonymsStore;
    private readonly ILogger<SearchVocabulary> logger;
    private volatile SuggestionIndex current = SuggestionIndex.Empty;
    private volatile SynonymSet synonyms = SynonymSet.Empty;

    public SearchVocabulary(LuceneSearchIndex index, SearchSynonymsStore synonymsStore, ILogger<SearchVocabulary> logger)
    {
        this.index = index;
        this.synonymsStore = synonymsStore;
        this.logger = logger;
        index.Refreshed += Refresh;
        Refresh();
    }

    public SuggestionIndex Current => current;

    public SynonymSet Synonyms => synonyms;

    public void Refresh()
    {
        try
        {
            var loaded = SynonymSet.Parse(synonymsStore.Read(), index.Analyzer);
            synonyms = loaded;
            if (index.IsOpen)
            {
                current = index.Read(searcher => SuggestionIndex.Build(searcher, loaded.Terms));
            }
        }
        catch (Exception exception)
        {
            // Keep serving with what we had; the next index update tries again.
            logger.LogWarning(exception, "Search synonyms or suggestions could not be refreshed");
        }
    }
}
