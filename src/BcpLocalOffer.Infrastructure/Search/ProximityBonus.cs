using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Re-ranks the leading results of a several-word search: a page with all the words typed close
/// together in its title, or in its summary or text, goes up ("carer's assessment" beats a page
/// with "carer" at the top and "assessment" at the bottom). Only the candidates are looked at,
/// through their term positions, so the cost does not grow with the number of pages matched.
/// </summary>
public static class ProximityBonus
{
    /// <summary>Words count as together when they fit in a stretch this much longer than the words themselves (stop words dropped leave gaps).</summary>
    private const int Slack = 2;

    private const float InTitle = 0.5f;
    private const float InText = 0.25f;

    public static void Apply(IndexReader reader, ScoreDoc[] candidates, IReadOnlyList<string> stems)
    {
        if (stems.Count < 2 || candidates.Length == 0)
        {
            return;
        }

        var byDoc = candidates.OrderBy(c => c.Doc).ToArray();
        foreach (var leaf in reader.Leaves)
        {
            var first = leaf.DocBase;
            var end = leaf.DocBase + leaf.AtomicReader.MaxDoc;
            var inLeaf = byDoc.Where(c => c.Doc >= first && c.Doc < end).ToArray();
            if (inLeaf.Length == 0)
            {
                continue;
            }

            var title = Together(reader, leaf, SearchFields.Title, stems, inLeaf.Select(c => c.Doc - first));
            var summary = Together(reader, leaf, SearchFields.Summary, stems, inLeaf.Select(c => c.Doc - first));
            var body = Together(reader, leaf, SearchFields.Body, stems, inLeaf.Select(c => c.Doc - first));
            foreach (var candidate in inLeaf)
            {
                var doc = candidate.Doc - first;
                var factor = 1f + (title.Contains(doc) ? InTitle : 0f) + (summary.Contains(doc) || body.Contains(doc) ? InText : 0f);
                candidate.Score *= factor;
            }
        }
    }

    /// <summary>The documents (ascending) in which every stem occurs within one short stretch of the field.</summary>
    private static HashSet<int> Together(IndexReader top, AtomicReaderContext leaf, string field, IReadOnlyList<string> stems, IEnumerable<int> docs)
    {
        var found = new HashSet<int>();
        var reader = leaf.AtomicReader;
        var terms = reader.GetTerms(field);
        if (terms is null)
        {
            return found;
        }

        var enums = new DocsAndPositionsEnum[stems.Count];
        var termsEnum = terms.GetEnumerator();
        for (var i = 0; i < stems.Count; i++)
        {
            var term = new Term(field, stems[i]);
            if (KnownTerms.For(top, term).Get(leaf.Ord) is not { } state)
            {
                return found;
            }

            termsEnum.SeekExact(term.Bytes, state);
            if (termsEnum.DocsAndPositions(reader.LiveDocs, null, DocsAndPositionsFlags.NONE) is not { } positions)
            {
                return found;
            }

            enums[i] = positions;
        }

        var lists = new List<int>[stems.Count];
        foreach (var doc in docs)
        {
            var all = true;
            for (var i = 0; i < enums.Length && all; i++)
            {
                var at = enums[i].DocID < doc ? enums[i].Advance(doc) : enums[i].DocID;
                all = at == doc;
            }

            if (!all)
            {
                continue;
            }

            for (var i = 0; i < enums.Length; i++)
            {
                (lists[i] ??= []).Clear();
                for (var f = enums[i].Freq; f > 0; f--)
                {
                    lists[i].Add(enums[i].NextPosition());
                }
            }

            if (ShortestStretch(lists) <= stems.Count - 1 + Slack)
            {
                found.Add(doc);
            }
        }

        return found;
    }

    /// <summary>The fewest positions between the first and last word of a stretch holding every word once.</summary>
    public static int ShortestStretch(IReadOnlyList<List<int>> positions)
    {
        var total = 0;
        foreach (var list in positions)
        {
            total += list.Count;
        }

        // Every position with the word it belongs to, in text order (rented: this runs per candidate).
        var at = ArrayPool<int>.Shared.Rent(total);
        var words = ArrayPool<int>.Shared.Rent(total);
        try
        {
            var n = 0;
            for (var word = 0; word < positions.Count; word++)
            {
                foreach (var position in positions[word])
                {
                    (at[n], words[n]) = (position, word);
                    n++;
                }
            }

            at.AsSpan(0, n).Sort(words.AsSpan(0, n));
            var counts = new int[positions.Count];
            var covered = 0;
            var best = int.MaxValue;
            var left = 0;
            for (var right = 0; right < n; right++)
            {
                if (counts[words[right]]++ == 0)
                {
                    covered++;
                }

                while (covered == positions.Count)
                {
                    best = Math.Min(best, at[right] - at[left]);
                    if (--counts[words[left]] == 0)
                    {
                        covered--;
                    }

                    left++;
                }
            }

            return best;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(at);
            ArrayPool<int>.Shared.Return(words);
        }
    }
}
