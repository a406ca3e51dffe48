using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The synonyms file and the in-memory suggestion index, both refreshed after every index change
/// (so a council's edit to the synonyms applies at the next index update).
/// </summary>
public sealed class SearchVocabulary
{
    private readonly LuceneSearchIndex index;
    private readonly Func<string> readSynonyms;
    private readonly ILogger<SearchVocabulary> logger;
    private volatile SuggestionIndex current = SuggestionIndex.Empty;
    private volatile SynonymSet synonyms = SynonymSet.Empty;

    /// <param name="readSynonyms">The synonyms text (the site reads <see cref="SearchSynonymsStore"/>); called on every refresh.</param>
    public SearchVocabulary(LuceneSearchIndex index, Func<string> readSynonyms, ILogger<SearchVocabulary> logger)
    {
        this.index = index;
        this.readSynonyms = readSynonyms;
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
            var loaded = SynonymSet.Parse(readSynonyms(), index.Analyzer);
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
