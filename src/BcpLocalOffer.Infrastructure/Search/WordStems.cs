using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The stem of each word of a text, remembered per word. Highlighting a result needs the stem of
/// every word of its text; running each text through the analyzer again costs more than the
/// search itself, while a site's texts use a few tens of thousands of distinct words.
/// </summary>
public sealed class WordStems(Analyzer analyzer)
{
    // Enough for any real vocabulary; past it words are stemmed each time rather than remembered,
    // so text full of made-up words cannot grow the memory without limit.
    private const int MaxRemembered = 200_000;

    private readonly ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);

    /// <summary>The words of a text with the stem each is indexed under ("" for a stop word).</summary>
    public List<StemmedWord> Words(string text)
    {
        var words = new List<StemmedWord>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                i++;
            }

            words.Add(new StemmedWord(Stem(text[start..i]), start, i));
        }

        return words;
    }

    public string Stem(string word)
    {
        if (stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        // The analyzer may split what looks like one word here ("o'clock"); its first part stands for it.
        var tokens = SearchAnalyzers.Tokens(analyzer, SearchFields.Body, word);
        stem = tokens.Count == 0 ? "" : tokens[0].Term;
        if (stems.Count < MaxRemembered)
        {
            stems.TryAdd(word, stem);
        }

        return stem;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}

/// <summary>A word of a text: its stem ("" when not indexed) and where it stands.</summary>
public readonly record struct StemmedWord(string Stem, int Start, int End);
