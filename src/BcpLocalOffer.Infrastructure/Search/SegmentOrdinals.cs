using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Each document's value number for a keyword field (type, phase), unpacked once per index
/// segment into a plain array: facet counting and filtering read it for every matching
/// document, and the packed doc values cost several times more per read.
/// </summary>
public static class SegmentOrdinals
{
    // Keyed by the segment's core, which lives as long as the segment: the arrays go with it.
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, int[]>> Cache = [];

    /// <summary>The value number of every document of the segment (-1 for none), or null when no document has the field.</summary>
    public static int[]? For(AtomicReader reader, string field, out SortedDocValues values)
    {
        values = reader.GetSortedDocValues(field) ?? DocValues.EMPTY_SORTED;
        if (values.ValueCount == 0)
        {
            return null;
        }

        var segmentValues = values;
        return Cache.GetOrCreateValue(reader.CoreCacheKey).GetOrAdd(field, _ =>
        {
            var ordinals = new int[reader.MaxDoc];
            for (var doc = 0; doc < ordinals.Length; doc++)
            {
                ordinals[doc] = segmentValues.GetOrd(doc);
            }

            return ordinals;
        });
    }
}
