using System.Collections.Concurrent;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The stem of each word of a text, remembered per word. Highlighting a result needs the stem of
/// every word of its text; running each text through the analyzer again costs more than the
/// search itself, while a site's texts use a few tens of thousands of distinct words.
/// </summary>
public sealed class WordStems
{
    // Enough for any real vocabulary; past it words are stemmed each time rather than remembered,
    // so text full of made-up words cannot grow the memory without limit.
    private const int MaxRemembered = 200_000;

    private readonly Analyzer analyzer;
    private readonly ConcurrentDictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> remembered;

    public WordStems(Analyzer analyzer)
    {
        this.analyzer = analyzer;
        remembered = stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Finds the next word of a text from <paramref name="position"/> on (letters and digits, with
    /// apostrophes inside a word), without making strings: highlighting scans every result's text.
    /// </summary>
    public static bool NextWord(string text, ref int position, out int start, out int end)
    {
        var i = position;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        end = position = i;
        return end > start;
    }

    public string Stem(string word) => Stem(word.AsSpan());

    /// <summary>The stem of a word; a remembered word is looked up without making a string of it.</summary>
    public string Stem(ReadOnlySpan<char> word)
    {
        if (remembered.TryGetValue(word, out var stem))
        {
            return stem;
        }

        return StemAndRemember(word.ToString());
    }

    private string StemAndRemember(string word)
    {
        // The analyzer may split what looks like one word here ("o'clock"); its first part stands for it.
        var tokens = SearchAnalyzers.Tokens(analyzer, SearchFields.Body, word);
        var stem = tokens.Count == 0 ? "" : tokens[0].Term;
        if (stems.Count < MaxRemembered)
        {
            stems.TryAdd(word, stem);
        }

        return stem;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
