using Lucene.Net.Analysis;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Groups of words and phrases that mean the same to a family: "EHCP, EHC plan, education health
/// and care plan". Read from a plain text file the council edits (one group a line, commas
/// between). Matching happens on stems, so "short break" finds the group "short breaks".
/// </summary>
public sealed class SynonymSet
{
    private readonly List<string[][]> groups;

    private SynonymSet(List<string[][]> groups, IReadOnlyList<string> terms)
    {
        this.groups = groups;
        Terms = terms;
    }

    public static SynonymSet Empty { get; } = new([], []);

    /// <summary>Every word and phrase in the file as written, for autocomplete.</summary>
    public IReadOnlyList<string> Terms { get; }

    public int GroupCount => groups.Count;

    public static SynonymSet Parse(string text, Analyzer analyzer)
    {
        var groups = new List<string[][]>();
        var terms = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var phrases = line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var analysed = phrases
                .Select(p => SearchAnalyzers.Tokens(analyzer, "body", p).Select(t => t.Term).ToArray())
                .Where(tokens => tokens.Length > 0)
                .DistinctBy(tokens => string.Join(' ', tokens))
                .ToArray();
            if (analysed.Length > 1)
            {
                groups.Add(analysed);
                terms.AddRange(phrases);
            }
        }

        return new SynonymSet(groups, terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList());
    }

    public static SynonymSet Load(string? path, Analyzer analyzer) =>
        path is not null && File.Exists(path) ? Parse(File.ReadAllText(path), analyzer) : Empty;

    /// <summary>
    /// Splits the query's stems into groups: each group is the words as typed, plus every
    /// equivalent phrase when those words are one side of a synonym group. Longest match wins.
    /// </summary>
    public IReadOnlyList<QueryGroup> Expand(IReadOnlyList<string> stems)
    {
        var result = new List<QueryGroup>();
        var i = 0;
        while (i < stems.Count)
        {
            var (length, alternatives) = LongestMatch(stems, i);
            if (length == 0)
            {
                result.Add(new QueryGroup([stems[i]], []));
                i++;
                continue;
            }

            var typed = stems.Skip(i).Take(length).ToArray();
            result.Add(new QueryGroup(typed, alternatives.Where(a => !a.SequenceEqual(typed)).ToArray()));
            i += length;
        }

        return result;
    }

    private (int Length, string[][] Alternatives) LongestMatch(IReadOnlyList<string> stems, int start)
    {
        var best = (Length: 0, Alternatives: Array.Empty<string[]>());
        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                if (phrase.Length > best.Length && start + phrase.Length <= stems.Count && phrase.SequenceEqual(stems.Skip(start).Take(phrase.Length)))
                {
                    best = (phrase.Length, group);
                }
            }
        }

        return best;
    }
}

/// <summary>Words the family typed (stems) and the equivalent phrases that count as the same.</summary>
public sealed record QueryGroup(string[] Typed, string[][] Alternatives);
