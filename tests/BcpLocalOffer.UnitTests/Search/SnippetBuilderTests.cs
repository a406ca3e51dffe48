using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Search;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.UnitTests.Search;

public sealed class SnippetBuilderTests : IDisposable
{
    private readonly Analyzer analyzer = SearchAnalyzers.Stemming();

    public void Dispose() => analyzer.Dispose();

    private Snippet Build(string text, string fallback, params string[] stems) =>
        SnippetBuilder.Build(new WordStems(analyzer), text, stems.ToHashSet(StringComparer.Ordinal), fallback);

    private static string Filler(int words) => string.Join(' ', Enumerable.Range(0, words).Select(i => i % 2 == 0 ? "lorem" : "ipsum"));

    [Fact]
    public void Every_form_of_a_searched_word_is_marked_and_the_text_around_it_kept()
    {
        const string text = "Short breaks give parents a break from caring.";

        var snippet = Build(text, "summary", "break");

        Assert.Equal(text, snippet.PlainText);
        Assert.Equal(["breaks", "break"], snippet.Parts.Where(p => p.Matched).Select(p => p.Text));
    }

    [Fact]
    public void The_stretch_with_the_most_different_searched_words_is_chosen()
    {
        var text = $"Direct contact is welcome. {Filler(60)} A direct payment lets you pay for support yourself. {Filler(60)}";

        var snippet = Build(text, "summary", "direct", "payment");

        Assert.Equal(["direct", "payment"], snippet.Parts.Where(p => p.Matched).Select(p => p.Text));
        Assert.StartsWith("… ", snippet.PlainText);
        Assert.EndsWith(" …", snippet.PlainText);
        Assert.DoesNotContain("welcome", snippet.PlainText);
    }

    [Fact]
    public void Words_are_marked_whatever_their_capitals_accents_or_possessive()
    {
        const string text = "The Café's BREAKS and the parent's break: short-breaks.";

        var snippet = Build(text, "summary", "cafe", "break", "parent");

        Assert.Equal(text, snippet.PlainText);
        Assert.Equal(["Café's", "BREAKS", "parent's", "break", "breaks"], snippet.Parts.Where(p => p.Matched).Select(p => p.Text));
    }

    [Fact]
    public void Without_a_searched_word_in_the_text_the_summary_is_shown_unmarked()
    {
        var snippet = Build($"Nothing relevant here. {Filler(10)}", "What short breaks are.", "respit");

        Assert.Equal("What short breaks are.", snippet.PlainText);
        Assert.DoesNotContain(snippet.Parts, p => p.Matched);
    }

    [Fact]
    public void Without_text_the_summary_is_shown()
    {
        Assert.Equal("The summary.", Build("  ", "The summary.", "break").PlainText);
    }

    [Fact]
    public void Without_a_match_or_a_summary_the_start_of_the_text_is_shown_cut_at_a_word()
    {
        var text = Filler(100);

        var snippet = Build(text, "", "respit");

        Assert.EndsWith("m …", snippet.PlainText);
        Assert.InRange(snippet.PlainText.Length, 200, 222);
        Assert.StartsWith(snippet.PlainText[..^2], text);
    }

    [Fact]
    public void A_long_summary_without_spaces_is_shortened_rather_than_failing()
    {
        // Chinese or Japanese text has no spaces between words.
        var summary = string.Concat(Enumerable.Repeat("短期休息服务", 50));

        var snippet = Build("Nothing relevant here.", summary, "respit");

        Assert.StartsWith(summary[..200], snippet.PlainText);
        Assert.True(snippet.PlainText.Length < summary.Length);
    }
}
