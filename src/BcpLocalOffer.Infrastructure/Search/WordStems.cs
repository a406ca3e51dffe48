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

    /// <summary>The words of a text with the stem each is indexed under ("" for a stop word).</summary>
    public List<StemmedWord> Words(string text)
    {
        // About one word in six characters: sized once rather than grown, as this runs for every result shown.
        var words = new List<StemmedWord>(text.Length / 6 + 8);
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

            words.Add(new StemmedWord(Stem(text.AsSpan(start, i - start)), start, i));
        }

        return words;
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

/// <summary>A word of a text: its stem ("" when not indexed) and where it stands.</summary>
public readonly record struct StemmedWord(string Stem, int Start, int End);
