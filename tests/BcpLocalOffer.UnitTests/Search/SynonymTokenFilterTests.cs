using BcpLocalOffer.Infrastructure.Search;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.UnitTests.Search;

/// <summary>Indexing adds one token per synonym group wherever any of its words or phrases occurs.</summary>
public sealed class SynonymTokenFilterTests : IDisposable
{
    private readonly Analyzer stemming = SearchAnalyzers.Stemming();
    private readonly SynonymSet synonyms;
    private readonly Analyzer indexing;

    public SynonymTokenFilterTests()
    {
        synonyms = SynonymSet.Parse("respite, short breaks, break for carers\nEHCP, education health and care plan", stemming);
        indexing = SearchAnalyzers.Indexing(synonyms);
    }

    public void Dispose()
    {
        indexing.Dispose();
        stemming.Dispose();
    }

    private List<AnalysedToken> Indexed(string text) => SearchAnalyzers.Tokens(indexing, SearchFields.Body, text);

    private string Token(string typed) => synonyms.Expand(SearchAnalyzers.Tokens(stemming, SearchFields.Body, typed).Select(t => t.Term).ToList())[0].Token!;

    [Fact]
    public void A_phrase_of_a_group_gets_the_group_token_on_its_last_word_at_the_same_position()
    {
        var tokens = Indexed("Our short breaks help.");

        var token = Assert.Single(tokens, t => t.Term == Token("respite"));
        var word = Assert.Single(tokens, t => t.Term == "break");
        Assert.Equal(word.Position, token.Position);
        Assert.Equal("breaks", "Our short breaks help."[token.Start..token.End]);
    }

    [Fact]
    public void Every_member_of_the_group_gives_the_same_token_and_stop_words_do_not_break_a_phrase()
    {
        Assert.Contains(Indexed("Respite for a weekend"), t => t.Term == Token("short breaks"));
        Assert.Contains(Indexed("a break for carers"), t => t.Term == Token("respite"));
        Assert.Contains(Indexed("your Education, Health and Care Plan"), t => t.Term == Token("EHCP"));
    }

    [Fact]
    public void Words_of_a_phrase_apart_or_in_another_order_get_no_token()
    {
        Assert.DoesNotContain(Indexed("short of money, a break"), t => t.Term.StartsWith("syn:", StringComparison.Ordinal));
        Assert.DoesNotContain(Indexed("breaks are short"), t => t.Term.StartsWith("syn:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_searchable_words_themselves_are_kept()
    {
        Assert.Equal(["short", "break", Token("respite"), "help"], Indexed("short breaks help").Select(t => t.Term));
    }
}
