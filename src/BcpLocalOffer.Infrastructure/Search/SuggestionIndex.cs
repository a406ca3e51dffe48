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

    private SuggestionIndex(Suggestion[] titles, Dictionary<string, int> vocabulary)
    {
        this.titles = titles;
        this.vocabulary = vocabulary;
        vocabularyWords = [.. vocabulary.Keys];
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
        var fields = new HashSet<string> { SearchFields.Title, SearchFields.Url };
        var titles = new List<Suggestion>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (liveDocs is null || liveDocs.Get(doc))
            {
                var stored = reader.Document(doc, fields);
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
        foreach (var candidate in vocabularyWords)
        {
            if (Math.Abs(candidate.Length - word.Length) > maxEdits)
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
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var row = new int[b.Length + 1];
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

            (previousPrevious, previous, row) = (previous, row, previousPrevious);
        }

        return previous[b.Length];
    }
}
