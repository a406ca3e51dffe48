using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Picks the stretch of a result's text that holds the most of the searched words and marks
/// them. Lucene's highlighter package is not available here, and this needs only word stems.
/// </summary>
public static class SnippetBuilder
{
    private const int WindowWords = 28;
    private const int MaxTextChars = 20_000;

    public static Snippet Build(WordStems stems, string text, IReadOnlySet<string> matchStems, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Plain(fallback);
        }

        var words = stems.Words(text.Length <= MaxTextChars ? text : text[..MaxTextChars]);
        var matched = words.Select(w => w.Stem.Length > 0 && matchStems.Contains(w.Stem)).ToArray();
        var firstMatch = Array.IndexOf(matched, true);
        if (firstMatch < 0)
        {
            return Plain(string.IsNullOrWhiteSpace(fallback) ? Shorten(text) : fallback);
        }

        // Slide a window over the words; the best one holds the most distinct matched words.
        var bestStart = 0;
        var bestScore = -1;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var start = firstMatch; start < words.Count; start++)
        {
            if (!matched[start])
            {
                continue;
            }

            var from = Math.Max(0, start - 4);
            var to = Math.Min(words.Count, from + WindowWords);
            distinct.Clear();
            for (var i = from; i < to; i++)
            {
                if (matched[i])
                {
                    distinct.Add(words[i].Stem);
                }
            }

            if (distinct.Count > bestScore)
            {
                (bestScore, bestStart) = (distinct.Count, from);
            }
        }

        var end = Math.Min(words.Count, bestStart + WindowWords) - 1;
        var textStart = bestStart == 0 ? 0 : words[bestStart].Start;
        var textEnd = end == words.Count - 1 ? text.Length : words[end].End;
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

            if (words[i].Start > cursor)
            {
                parts.Add(new SnippetPart(text[cursor..words[i].Start], false));
            }

            parts.Add(new SnippetPart(text[words[i].Start..words[i].End], true));
            cursor = words[i].End;
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
