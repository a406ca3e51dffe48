using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// At indexing, adds a synonym group's token on the last word of any of the group's phrases
/// ("… a short break …" also holds the token that "respite" and "short breaks" search for).
/// Stop words removed before this filter do not break a phrase, as they do not in a query.
/// </summary>
public sealed class SynonymTokenFilter : TokenFilter
{
    private readonly SynonymSet synonyms;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute increment;
    private readonly string?[] recent;
    private readonly Queue<string> pending = new();
    private int seen;

    public SynonymTokenFilter(TokenStream input, SynonymSet synonyms)
        : base(input)
    {
        this.synonyms = synonyms;
        term = AddAttribute<ICharTermAttribute>();
        increment = AddAttribute<IPositionIncrementAttribute>();
        recent = new string[Math.Max(1, synonyms.LongestPhrase)];
    }

    public override bool IncrementToken()
    {
        if (pending.Count > 0)
        {
            // The other attributes still hold the word's offsets and type, which the token shares.
            term.SetEmpty().Append(pending.Dequeue());
            increment.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Words in no phrase are remembered as gaps: most words of a page are, and need no string.
        var word = synonyms.TryGetWord(term.Buffer.AsSpan(0, term.Length), out var known) ? known : null;
        recent[seen % recent.Length] = word;
        seen++;
        if (word is null)
        {
            return true;
        }

        foreach (var (words, token) in synonyms.PhrasesEndingWith(word))
        {
            if (words.Length <= Math.Min(seen, recent.Length) && EndsWith(words) && !pending.Contains(token))
            {
                pending.Enqueue(token);
            }
        }

        return true;
    }

    private bool EndsWith(string[] words)
    {
        for (var back = 1; back < words.Length; back++)
        {
            if (!string.Equals(recent[(seen - 1 - back) % recent.Length], words[^(back + 1)], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending.Clear();
        seen = 0;
    }
}
