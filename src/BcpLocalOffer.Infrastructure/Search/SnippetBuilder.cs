using BcpLocalOffer.Core.Search;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Picks the stretch of a result's text that holds the most of the searched words and marks
/// them. Lucene's highlighter package is not available here, and this needs only the analyzer.
/// </summary>
public static class SnippetBuilder
{
    private const int WindowTokens = 28;

    public static Snippet Build(Analyzer analyzer, string text, IReadOnlySet<string> matchStems, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Plain(fallback);
        }

        var tokens = SearchAnalyzers.Tokens(analyzer, SearchFields.Body, text, maxChars: 20_000);
        var matched = tokens.Select(t => matchStems.Contains(t.Term)).ToArray();
        if (!matched.Any(m => m))
        {
            return Plain(string.IsNullOrWhiteSpace(fallback) ? Shorten(text) : fallback);
        }

        // Slide a window over the tokens; the best one holds the most distinct matched words.
        var bestStart = 0;
        var bestScore = -1;
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!matched[start])
            {
                continue;
            }

            var from = Math.Max(0, start - 4);
            var to = Math.Min(tokens.Count, from + WindowTokens);
            var score = tokens.Skip(from).Take(to - from).Where((t, i) => matched[from + i]).Select(t => t.Term).Distinct().Count();
            if (score > bestScore)
            {
                (bestScore, bestStart) = (score, from);
            }
        }

        var end = Math.Min(tokens.Count, bestStart + WindowTokens) - 1;
        var textStart = bestStart == 0 ? 0 : tokens[bestStart].Start;
        var textEnd = end == tokens.Count - 1 ? text.Length : tokens[end].End;
        var parts = new List<SnippetPart>();
        if (textStart > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        var cursor = textStart;
        for (var i = bestStart; i <= end; i++)
        {
            if (!matched[i])
            {
                continue;
            }

            if (tokens[i].Start > cursor)
            {
                parts.Add(new SnippetPart(text[cursor..tokens[i].Start], false));
            }

            parts.Add(new SnippetPart(text[tokens[i].Start..tokens[i].End], true));
            cursor = tokens[i].End;
        }

        if (textEnd > cursor)
        {
            parts.Add(new SnippetPart(text[cursor..textEnd], false));
        }

        if (textEnd < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return new Snippet(parts);
    }

    private static Snippet Plain(string text) => new([new SnippetPart(Shorten(text), false)]);

    private static string Shorten(string text)
    {
        if (text.Length <= 220)
        {
            return text;
        }

        // Cut at a space; text without one (Chinese, a long address) is cut at the limit.
        var cut = text.LastIndexOf(' ', 220);
        return text[..(cut > 0 ? cut : 220)] + " …";
    }
}
