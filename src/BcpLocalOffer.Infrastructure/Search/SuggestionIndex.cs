using System.Numerics;
using BcpLocalOffer.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// What the index knows, held in memory for the two things that must answer instantly: titles for
/// suggestions as you type, and the vocabulary (words and how many documents use them) for
/// "Did you mean …?". Rebuilt from the index whenever it changes.
/// </summary>
public sealed class SuggestionIndex
{
    private readonly (string Word, int Title)[] wordIndex;
    private readonly Suggestion[] titles;
    private readonly string[][] titleWords;
    private readonly Dictionary<string, int> vocabulary;
    private readonly string[] vocabularyWords;
    private readonly ulong[] vocabularyLetters;

    private SuggestionIndex(Suggestion[] titles, Dictionary<string, int> vocabulary)
    {
        this.titles = titles;
        this.vocabulary = vocabulary;
        vocabularyWords = [.. vocabulary.Keys];
        vocabularyLetters = [.. vocabularyWords.Select(Letters)];
        titleWords = [.. titles.Select(t => Words(t.Title).Distinct().ToArray())];
        wordIndex = titles
            .SelectMany((_, index) => titleWords[index].Select(word => (word, index)))
            .OrderBy(entry => entry.word, StringComparer.Ordinal)
            .ThenBy(entry => entry.index)
            .ToArray();
    }

    public static SuggestionIndex Empty { get; } = new([], []);

    public static SuggestionIndex Build(IndexSearcher searcher, IEnumerable<string> extraTerms)
    {
        var reader = searcher.IndexReader;
        var liveDocs = MultiFields.GetLiveDocs(reader);
        var fields = new HashSet<string> { SearchFields.Title, SearchFields.Url, SearchFields.Suggested };
        var titles = new List<Suggestion>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var stored = reader.Document(doc, fields);
                if (stored.Get(SearchFields.Suggested) == "no")
                {
                    continue;
                }

                titles.Add(new Suggestion(stored.Get(SearchFields.Title), stored.Get(SearchFields.Url)));
            }
        }

        // Synonyms and acronyms are suggested too: a family typing "sal" should be offered "SALT".
        titles.AddRange(extraTerms.Select(term => new Suggestion(term, "")));

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is not null)
        {
            var enumerator = terms.GetEnumerator();
            while (enumerator.MoveNext())
            {
                var word = enumerator.Term.Utf8ToString();
                if (word.Length >= 3 && !word.Any(char.IsDigit))
                {
                    vocabulary[word] = enumerator.DocFreq;
                }
            }
        }

        return new SuggestionIndex([.. titles.DistinctBy(t => t.Title, StringComparer.OrdinalIgnoreCase)], vocabulary);
    }

    public bool Knows(string word) => vocabulary.ContainsKey(word);

    /// <summary>Titles whose words start with what was typed, the best first.</summary>
    public IReadOnlyList<Suggestion> Suggest(string typed, int max)
    {
        var words = Words(typed).Distinct().ToArray();
        if (words.Length == 0)
        {
            return [];
        }

        // Each typed word is a prefix of some title words: a range of the sorted word index, found by
        // binary search. The narrowest range drives; the other words only filter its titles.
        var ranges = words.Select(w => (Word: w, Start: LowerBound(w), End: LowerBound(w + char.MaxValue))).ToArray();
        var driver = ranges.MinBy(r => r.End - r.Start);
        var others = ranges.Where(r => r.Word != driver.Word).Select(r => r.Word).ToArray();
        var candidates = new HashSet<int>();
        for (var i = driver.Start; i < driver.End; i++)
        {
            var title = wordIndex[i].Title;
            if (others.All(w => Array.Exists(titleWords[title], tw => tw.StartsWith(w, StringComparison.Ordinal))))
            {
                candidates.Add(title);
            }
        }

        var whole = typed.Trim();
        return candidates
            .Select(index => titles[index])
            .OrderByDescending(s => s.Title.StartsWith(whole, StringComparison.OrdinalIgnoreCase))
            .ThenBy(s => s.Url.Length == 0)
            .ThenBy(s => s.Title.Length)
            .Take(max)
            .ToList();
    }

    /// <summary>The most used indexed word within one or two edits of a word the index does not know.</summary>
    public string? Correct(string word)
    {
        if (word.Length < 4 || Knows(word))
        {
            return null;
        }

        var maxEdits = word.Length >= 7 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestFrequency = 0;
        var letters = Letters(word);
        for (var i = 0; i < vocabularyWords.Length; i++)
        {
            // Each edit adds or removes at most two of the letters a word uses: a cheap test that
            // spares the full distance for nearly every word of the vocabulary.
            var candidate = vocabularyWords[i];
            if (Math.Abs(candidate.Length - word.Length) > maxEdits || BitOperations.PopCount(letters ^ vocabularyLetters[i]) > 2 * maxEdits)
            {
                continue;
            }

            var distance = EditDistance.Between(word, candidate, maxEdits);
            var frequency = vocabulary[candidate];
            if (distance <= maxEdits && (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)))
            {
                (best, bestDistance, bestFrequency) = (candidate, distance, frequency);
            }
        }

        return best;
    }

    /// <summary>Which letters and digits a word uses, one bit each; anything else shares the last bit.</summary>
    private static ulong Letters(string word)
    {
        ulong letters = 0;
        foreach (var c in word)
        {
            letters |= 1UL << c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= '0' and <= '9' => 26 + c - '0',
                _ => 63,
            };
        }

        return letters;
    }

    private int LowerBound(string prefix)
    {
        int low = 0, high = wordIndex.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(wordIndex[mid].Word, prefix) < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', '-', '(', ')', ':', ';', '\'', '’', '/', '?', '!', '"', '–'], StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), giving up past a limit.</summary>
public static class EditDistance
{
    public static int Between(string a, string b, int limit)
    {
        // Three rows on the stack for the words people type; a pasted paragraph gets the heap.
        var length = b.Length + 1;
        Span<int> rows = length <= 128 ? stackalloc int[length * 3] : new int[length * 3];
        var previousPrevious = rows[..length];
        var previous = rows.Slice(length, length);
        var row = rows.Slice(length * 2, length);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            row[0] = i;
            var rowMinimum = row[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                row[j] = Math.Min(Math.Min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    row[j] = Math.Min(row[j], previousPrevious[j - 2] + 1);
                }

                rowMinimum = Math.Min(rowMinimum, row[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var oldest = previousPrevious;
            previousPrevious = previous;
            previous = row;
            row = oldest;
        }

        return previous[b.Length];
    }
}
