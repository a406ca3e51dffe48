using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Lucene.Net.Analysis;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Groups of words and phrases that mean the same to a family: "EHCP, EHC plan, education health
/// and care plan". Read from a plain text file the council edits (one group a line, commas
/// between). Matching happens on stems, so "short break" finds the group "short breaks".
/// Each group also has one token that indexing adds wherever any of its phrases occurs, so a
/// search for the group looks up one term instead of matching every phrase in every field.
/// The same text holds families' own words, one way only: "meltdowns => behaviour" makes a search
/// for "meltdowns" also look for what the pages call it, but a search for "behaviour" stays as it
/// is. They change only what a search looks for, never what is indexed.
/// </summary>
public sealed class SynonymSet
{
    /// <summary>Separates families' words (before) from the words the pages use (after).</summary>
    public const string MeaningArrow = "=>";

    private readonly List<string[][]> groups;
    private readonly List<(string[] Phrase, FamiliesMeaning Meaning)> meanings;
    private readonly Dictionary<string, string> tokenOfPhrase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, string Token)>> phrasesByLastWord = new(StringComparer.Ordinal);
    private readonly HashSet<string> words = new(StringComparer.Ordinal);

    private SynonymSet(List<string[][]> groups, List<(string[] Phrase, FamiliesMeaning Meaning)> meanings, IReadOnlyList<string> terms, string text)
    {
        this.groups = groups;
        this.meanings = meanings;
        Terms = terms;
        Text = text;
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var phrase in groups[g])
            {
                // A phrase listed in two groups belongs to the first, as the longest-match expansion does.
                if (tokenOfPhrase.TryAdd(string.Join(' ', phrase), GroupToken(g)))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(phrasesByLastWord, phrase[^1], out _) ??= [];
                    phrasesByLastWord[phrase[^1]].Add((phrase, GroupToken(g)));
                    words.UnionWith(phrase);
                }

                LongestPhrase = Math.Max(LongestPhrase, phrase.Length);
            }
        }
    }

    public static SynonymSet Empty { get; } = new([], [], [], "");

    /// <summary>The text the set was read from: an index built with other text must be rebuilt.</summary>
    public string Text { get; }

    /// <summary>The most words in any phrase of any group.</summary>
    public int LongestPhrase { get; }

    /// <summary>
    /// The group token for the stems that end a stretch of text ("short", "break"), or null.
    /// A colon never survives the tokenizer, so no word of a page can collide with a token.
    /// </summary>
    public string? TokenFor(string phraseStems) => tokenOfPhrase.GetValueOrDefault(phraseStems);

    /// <summary>
    /// Whether a stem is in any phrase of any group, giving the set's own string for it: indexing
    /// asks this for every word of every page, so it must not allocate.
    /// </summary>
    public bool TryGetWord(ReadOnlySpan<char> stem, [NotNullWhen(true)] out string? word) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(stem, out word);

    /// <summary>The phrases (stems) that end with this word, with their group's token.</summary>
    public IReadOnlyList<(string[] Words, string Token)> PhrasesEndingWith(string word) =>
        phrasesByLastWord.TryGetValue(word, out var phrases) ? phrases : [];

    private static string GroupToken(int group) => "syn:" + group.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Every word and phrase in the file as written, for autocomplete.</summary>
    public IReadOnlyList<string> Terms { get; }

    public int GroupCount => groups.Count;

    /// <summary>How many of families' phrases have a meaning.</summary>
    public int MeaningCount => meanings.Count;

    public static SynonymSet Parse(string text, Analyzer analyzer)
    {
        var groups = new List<string[][]>();
        var meanings = new List<(string[] Phrase, FamiliesMeaning Meaning)>();
        var terms = new List<string>();
        string? heading = null;
        string[] Analyse(string phrase) => [.. SearchAnalyzers.Tokens(analyzer, "body", phrase).Select(t => t.Term)];
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                heading = line[1..^1].Trim() is { Length: > 0 } named ? named : null;
                continue;
            }

            if (line.IndexOf(MeaningArrow, StringComparison.Ordinal) is var arrow and >= 0)
            {
                var said = line[..arrow].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var meant = line[(arrow + MeaningArrow.Length)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var meaning = new FamiliesMeaning(string.Join(", ", meant), heading, [.. meant.Select(Analyse).Where(t => t.Length > 0)]);
                if (meaning.Phrases.Count == 0)
                {
                    continue;
                }

                // A phrase of only ignored words ("not", "can") has nothing to match, and one left
                // with a single word of several ("what the school should do" is just "school")
                // would take over every search with that word.
                meanings.AddRange(said
                    .Where(phrase => Analyse(phrase).Length > (phrase.Contains(' ', StringComparison.Ordinal) ? 1 : 0))
                    .Select(Analyse)
                    .DistinctBy(t => string.Join(' ', t))
                    .Select(phrase => (phrase, meaning)));
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

        return new SynonymSet(groups, meanings, terms.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), text);
    }

    public static SynonymSet Load(string? path, Analyzer analyzer) =>
        path is not null && File.Exists(path) ? Parse(File.ReadAllText(path), analyzer) : Empty;

    /// <summary>
    /// Splits the query's stems into groups: each group is the words as typed, plus every
    /// equivalent phrase when those words are one side of a synonym group, or what the pages call
    /// it when they are one of families' phrases. Longest match wins; a synonym before a meaning.
    /// </summary>
    public IReadOnlyList<QueryGroup> Expand(IReadOnlyList<string> stems) => Expand(stems, withMeanings: true);

    private List<QueryGroup> Expand(IReadOnlyList<string> stems, bool withMeanings)
    {
        var result = new List<QueryGroup>();
        var i = 0;
        while (i < stems.Count)
        {
            var (length, alternatives) = LongestMatch(stems, i);
            if (withMeanings && LongestMeaning(stems, i, longerThan: length) is { } found)
            {
                var typedWords = stems.Skip(i).Take(found.Length).ToArray();
                var meant = found.Meaning.Phrases.Select(phrase => (IReadOnlyList<QueryGroup>)Expand(phrase, withMeanings: false)).ToList();
                result.Add(new QueryGroup(typedWords, [], null) { Meaning = new MeaningQuery(found.Meaning, meant) });
                i += found.Length;
                continue;
            }

            if (length == 0)
            {
                result.Add(new QueryGroup([stems[i]], [], null));
                i++;
                continue;
            }

            var typed = stems.Skip(i).Take(length).ToArray();
            result.Add(new QueryGroup(typed, alternatives.Where(a => !a.SequenceEqual(typed)).ToArray(), TokenFor(string.Join(' ', typed))));
            i += length;
        }

        return result;
    }

    private (int Length, FamiliesMeaning Meaning)? LongestMeaning(IReadOnlyList<string> stems, int start, int longerThan)
    {
        (int Length, FamiliesMeaning Meaning)? best = null;
        foreach (var (phrase, meaning) in meanings)
        {
            if (phrase.Length > (best?.Length ?? longerThan) && StartsAt(phrase, stems, start))
            {
                best = (phrase.Length, meaning);
            }
        }

        return best;
    }

    private static bool StartsAt(string[] phrase, IReadOnlyList<string> stems, int start) =>
        start + phrase.Length <= stems.Count && phrase.SequenceEqual(stems.Skip(start).Take(phrase.Length));

    private (int Length, string[][] Alternatives) LongestMatch(IReadOnlyList<string> stems, int start)
    {
        var best = (Length: 0, Alternatives: Array.Empty<string[]>());
        foreach (var group in groups)
        {
            foreach (var phrase in group)
            {
                if (phrase.Length > best.Length && StartsAt(phrase, stems, start))
                {
                    best = (phrase.Length, group);
                }
            }
        }

        return best;
    }
}

/// <summary>
/// Words the family typed (stems), the equivalent phrases that count as the same, and the token
/// indexed wherever any of them occurs (null when the words are in no synonym group); or, for
/// one of families' phrases, what the pages call it.
/// </summary>
public sealed record QueryGroup(string[] Typed, string[][] Alternatives, string? Token)
{
    public MeaningQuery? Meaning { get; init; }
}

/// <summary>What the pages call one of families' phrases: any of the phrases will do.</summary>
/// <param name="Words">The phrases as written, for the results page ("speech and language, stammering").</param>
/// <param name="Area">The Code of Practice area (or other heading) the phrase is listed under.</param>
/// <param name="Phrases">Each phrase's stems.</param>
public sealed record FamiliesMeaning(string Words, string? Area, IReadOnlyList<string[]> Phrases);

/// <summary>A meaning with each of its phrases split into query groups (a phrase may be a synonym).</summary>
public sealed record MeaningQuery(FamiliesMeaning Meaning, IReadOnlyList<IReadOnlyList<QueryGroup>> Phrases);
