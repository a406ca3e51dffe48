using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Where each term is in the index (per segment) and how many documents hold it, looked up once
/// per index reader rather than in every search: families type the same few hundred words, and
/// each lookup walks the term dictionary of every field the word is searched in.
/// </summary>
public static class KnownTerms
{
    // Words typed are unbounded (anyone can search for made-up words): past this many per reader
    // they are looked up each time rather than remembered. A publish opens a new reader anyway.
    private const int MaxRemembered = 50_000;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<Term, TermContext>> Cache = [];

    public static TermContext For(IndexReader reader, Term term)
    {
        var known = Cache.GetValue(reader, _ => new ConcurrentDictionary<Term, TermContext>());
        if (known.TryGetValue(term, out var context))
        {
            return context;
        }

        context = TermContext.Build(reader.Context, term);
        if (known.Count < MaxRemembered)
        {
            known.TryAdd(term, context);
        }

        return context;
    }

    /// <summary>A query for one term that does not look the term up again.</summary>
    public static TermQuery Query(IndexReader reader, string field, string text, float boost)
    {
        var term = new Term(field, text);
        return new TermQuery(term, For(reader, term)) { Boost = boost };
    }
}
