using BcpLocalOffer.Core.Search;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace BcpLocalOffer.Tests.Shared;

/// <summary>
/// The baseline our search is measured against: the same documents in a Lucene index as it comes,
/// with StandardAnalyzer (lower case, English stop words, no stemming, no synonyms, no families'
/// words) and every word typed looked for in the title, keywords, summary and body alike.
/// </summary>
public sealed class PlainLuceneIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] Fields = ["title", "keywords", "summary", "body"];

    private readonly RAMDirectory directory = new();
    private readonly Analyzer analyzer = new StandardAnalyzer(Version);
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;

    public PlainLuceneIndex(IEnumerable<SearchDocument> documents)
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(new Document
                {
                    new StoredField("url", document.Url),
                    new TextField("title", document.Title, Field.Store.NO),
                    new TextField("keywords", document.Keywords, Field.Store.NO),
                    new TextField("summary", document.Summary, Field.Store.NO),
                    new TextField("body", document.Body, Field.Store.NO),
                });
            }
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader);
    }

    public int Count => reader.NumDocs;

    /// <summary>The addresses of the ten best matches, best first.</summary>
    public IReadOnlyList<string> Search(string text)
    {
        var query = new BooleanQuery();
        foreach (var word in Words(text).Distinct())
        {
            foreach (var field in Fields)
            {
                query.Add(new TermQuery(new Term(field, word)), Occur.SHOULD);
            }
        }

        return query.Clauses.Count == 0
            ? []
            : [.. searcher.Search(query, 10).ScoreDocs.Select(hit => searcher.Doc(hit.Doc).Get("url"))];
    }

    public void Dispose()
    {
        reader.Dispose();
        analyzer.Dispose();
        directory.Dispose();
    }

    private List<string> Words(string text)
    {
        var words = new List<string>();
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return words;
    }
}
