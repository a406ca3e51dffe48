using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcpLocalOffer.UnitTests.Search;

/// <summary>Suggestions and "Did you mean" from a small real index, built the way the site builds it.</summary>
public sealed class SuggestionIndexTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "localoffer-unit-" + Guid.NewGuid().ToString("N"));
    private readonly LuceneSearchIndex index;
    private readonly SuggestionIndex suggestions;

    public SuggestionIndexTests()
    {
        index = new LuceneSearchIndex(folder, () => "", NullLogger<LuceneSearchIndex>.Instance);
        index.RebuildAsync([new Pages(
            ("/short-breaks", "Short breaks", "Short breaks for disabled children and a break for carers. Autism friendly sessions."),
            ("/short-breaks/who-can-get-short-breaks", "Who can get short breaks", "Autism, mediation and career advice."),
            ("/autism", "The autism pathway", "Autism assessment. Career advice for autistic young people."),
            ("/careers", "Careers advice", "Career career career."),
            ("/carers", "Carers", "A carer's assessment."),
            ("/speech", "Speech, language and communication", "Speech and language therapy."))]).GetAwaiter().GetResult();
        suggestions = index.Read(searcher => SuggestionIndex.Build(searcher, ["SALT", "short breaks", "respite"]));
    }

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void A_word_one_swap_away_from_a_known_word_is_corrected()
    {
        Assert.Equal("autism", suggestions.Correct("autsim"));
    }

    [Fact]
    public void A_long_word_may_be_two_edits_away_but_a_short_one_only_one()
    {
        Assert.Equal("mediation", suggestions.Correct("medaiton"));
        Assert.Null(suggestions.Correct("atsim"));
    }

    [Fact]
    public void Known_words_short_words_and_words_like_nothing_known_are_not_corrected()
    {
        Assert.Null(suggestions.Correct("autism"));
        Assert.Null(suggestions.Correct("aut"));
        Assert.Null(suggestions.Correct("zzzzzz"));
    }

    [Fact]
    public void Between_equally_near_words_the_one_more_pages_use_wins()
    {
        // "carrer" is one edit from both "carer" (1 page) and "career" (3 pages).
        Assert.Equal("career", suggestions.Correct("carrer"));
    }

    [Fact]
    public void Titles_and_synonyms_starting_with_what_was_typed_are_suggested_titles_first()
    {
        var shor = suggestions.Suggest("shor", 8);

        Assert.Equal(new Suggestion("Short breaks", "/short-breaks"), shor[0]);
        Assert.Contains(new Suggestion("Who can get short breaks", "/short-breaks/who-can-get-short-breaks"), shor);
        Assert.DoesNotContain(shor, s => s.Title == "short breaks"); // the synonym repeats a title
        Assert.Equal([new Suggestion("SALT", "")], suggestions.Suggest("sal", 8));
    }

    [Fact]
    public void Every_word_typed_must_start_a_word_of_the_title()
    {
        Assert.Equal(["Who can get short breaks"], suggestions.Suggest("who short", 8).Select(s => s.Title));
        Assert.Empty(suggestions.Suggest("short pathway", 8));
    }

    [Fact]
    public void No_more_suggestions_than_asked_for()
    {
        Assert.True(suggestions.Suggest("s", 20).Count > 2);
        Assert.Equal(2, suggestions.Suggest("s", 2).Count);
        Assert.Empty(suggestions.Suggest("  ", 8));
    }

    private sealed class Pages(params (string Url, string Title, string Body)[] pages) : ISearchDocumentSource
    {
        public string Name => "test";

        public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string> { ["page"] = "Page" };

        public bool IsLoaded => true;

        public event Action? Changed
        {
            add { }
            remove { }
        }

        public IReadOnlyList<SearchDocument> GetDocuments() =>
            [.. pages.Select(p => new SearchDocument { Key = p.Url, Type = "page", Url = p.Url, Title = p.Title, Body = p.Body })];
    }
}
