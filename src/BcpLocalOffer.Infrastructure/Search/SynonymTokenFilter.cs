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
    private readonly string[] recent;
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

        if (synonyms.LongestPhrase == 0)
        {
            return true;
        }

        recent[seen % recent.Length] = term.ToString();
        seen++;
        var phrase = "";
        for (var length = 1; length <= Math.Min(seen, recent.Length); length++)
        {
            var word = recent[(seen - length) % recent.Length];
            phrase = length == 1 ? word : word + " " + phrase;
            if (synonyms.TokenFor(phrase) is { } token && !pending.Contains(token))
            {
                pending.Enqueue(token);
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
