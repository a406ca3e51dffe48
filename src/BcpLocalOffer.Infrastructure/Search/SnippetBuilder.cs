using System.Buffers;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Picks the stretch of a result's text that holds the most of the searched words and marks
/// them. Lucene's highlighter package is not available here, and this needs only word stems.
/// </summary>
public static class SnippetBuilder
{
    private const int WindowWords = 28;
    public const int MaxTextChars = 20_000;

    public static Snippet Build(WordStems stems, string text, IReadOnlySet<string> matchStems, string fallback)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Plain(fallback);
        }

        if (text.Length > MaxTextChars)
        {
            text = text[..MaxTextChars];
        }

        // Where each word starts and ends, two numbers a word (a word and a gap take two characters
        // at least): rented, as this runs for every result shown and most words only need counting.
        var bounds = ArrayPool<int>.Shared.Rent(text.Length + 2);
        try
        {
            var matches = new List<(int Word, string Stem)>();
            var initials = Initials(matchStems);
            var count = 0;
            var position = 0;
            while (WordStems.NextWord(text, ref position, out var start, out var end))
            {
                (bounds[2 * count], bounds[(2 * count) + 1]) = (start, end);
                if (CouldMatch(text[start], initials) && stems.Stem(text.AsSpan(start, end - start)) is { Length: > 0 } stem && matchStems.Contains(stem))
                {
                    matches.Add((count, stem));
                }

                count++;
            }

            return matches.Count == 0
                ? Plain(string.IsNullOrWhiteSpace(fallback) ? Shorten(text) : fallback)
                : Marked(text, bounds, count, matches);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    private static Snippet Marked(string text, int[] bounds, int count, List<(int Word, string Stem)> matches)
    {
        // Slide a window over the words; the best one holds the most distinct matched words. The
        // window starts a little before each matched word in turn, so the matches inside it are a
        // run of the list whose ends only move forward.
        var bestStart = 0;
        var bestScore = -1;
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        var (first, next) = (0, 0);
        foreach (var (anchor, _) in matches)
        {
            var from = Math.Max(0, anchor - 4);
            var to = Math.Min(count, from + WindowWords);
            for (; next < matches.Count && matches[next].Word < to; next++)
            {
                inWindow[matches[next].Stem] = inWindow.GetValueOrDefault(matches[next].Stem) + 1;
            }

            for (; matches[first].Word < from; first++)
            {
                if (--inWindow[matches[first].Stem] == 0)
                {
                    inWindow.Remove(matches[first].Stem);
                }
            }

            if (inWindow.Count > bestScore)
            {
                (bestScore, bestStart) = (inWindow.Count, from);
            }
        }

        var last = Math.Min(count, bestStart + WindowWords) - 1;
        var textStart = bestStart == 0 ? 0 : bounds[2 * bestStart];
        var textEnd = last == count - 1 ? text.Length : bounds[(2 * last) + 1];
        var parts = new List<SnippetPart>();
        if (textStart > 0)
        {
            parts.Add(new SnippetPart("… ", false));
        }

        var cursor = textStart;
        foreach (var (word, _) in matches)
        {
            if (word < bestStart || word > last)
            {
                continue;
            }

            var (start, end) = (bounds[2 * word], bounds[(2 * word) + 1]);
            if (start > cursor)
            {
                parts.Add(new SnippetPart(text[cursor..start], false));
            }

            parts.Add(new SnippetPart(text[start..end], true));
            cursor = end;
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

    /// <summary>
    /// Stemming keeps a word's first letter (lowercased), so a word starting with a letter no
    /// searched stem starts with cannot match, and most words need no stem lookup at all.
    /// </summary>
    private static string Initials(IReadOnlySet<string> matchStems) =>
        string.Concat(matchStems.Where(s => s.Length > 0).Select(s => s[0]).Distinct());

    /// <summary>Letters outside ASCII may fold to another letter ("é" → "e"): those are always stemmed.</summary>
    private static bool CouldMatch(char first, string initials) =>
        !char.IsAscii(first) || initials.Contains(char.ToLowerInvariant(first), StringComparison.Ordinal);

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
