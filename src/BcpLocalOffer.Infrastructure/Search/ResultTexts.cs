using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// What a result shows (title, address, type, summary and the text its snippet comes from), held
/// in memory per index segment. Decompressing Lucene's stored fields for every result shown cost
/// more than finding the results, and the published texts are in memory for page views anyway.
/// Segments are loaded when a searcher opens (<see cref="WarmingSearcherFactory"/>), so no family's
/// search waits for it; a segment left unchanged by a publish keeps its texts.
/// </summary>
public static class ResultTexts
{
    // Keyed by the segment's core, which lives as long as the segment: the texts go with it.
    private static readonly ConditionalWeakTable<object, ResultText?[]> Cache = [];

    private static readonly HashSet<string> Fields = [SearchFields.Title, SearchFields.Url, SearchFields.Type, SearchFields.Summary, SearchFields.Body];

    public static void Load(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            For(leaf.AtomicReader);
        }
    }

    /// <summary>The texts of a document, by its number in the whole index.</summary>
    public static ResultText Get(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return For(leaf.AtomicReader)[doc - leaf.DocBase]
            ?? throw new InvalidOperationException($"Document {doc} was deleted before its segment was read, so it cannot be a result.");
    }

    private static ResultText?[] For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => Read(reader));

    private static ResultText?[] Read(AtomicReader reader)
    {
        // A document deleted now stays deleted in this segment: it is never read.
        var live = reader.LiveDocs;
        var texts = new ResultText?[reader.MaxDoc];
        for (var doc = 0; doc < texts.Length; doc++)
        {
            if (live is null || live.Get(doc))
            {
                var stored = reader.Document(doc, Fields);
                var summary = stored.Get(SearchFields.Summary) ?? "";
                var snippetSource = string.Join(' ', summary, stored.Get(SearchFields.Body));
                texts[doc] = new ResultText(
                    stored.Get(SearchFields.Title) ?? "",
                    stored.Get(SearchFields.Url) ?? "",
                    stored.Get(SearchFields.Type) ?? "",
                    summary,
                    snippetSource.Length <= SnippetBuilder.MaxTextChars ? snippetSource : snippetSource[..SnippetBuilder.MaxTextChars]);
            }
        }

        return texts;
    }
}

/// <param name="SnippetSource">The summary and text together, cut to what a snippet is ever taken from.</param>
public sealed record ResultText(string Title, string Url, string Type, string Summary, string SnippetSource);

/// <summary>Loads what searches read per segment before a new searcher is handed out.</summary>
public sealed class WarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        ResultTexts.Load(reader);
        foreach (var leaf in reader.Leaves)
        {
            SegmentOrdinals.For(leaf.AtomicReader, SearchFields.Type, out _);
            SegmentOrdinals.For(leaf.AtomicReader, SearchFields.Phase, out _);
        }

        return base.NewSearcher(reader);
    }
}
