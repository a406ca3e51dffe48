using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Data;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The Lucene index of this node: derived data, rebuilt from the sources whenever it is missing
/// or corrupt, and never the only copy of anything. Each build goes into a new folder and is
/// swapped in whole, so searches carry on against the old index until the new one is ready.
/// </summary>
public sealed class LuceneSearchIndex : IDisposable
{
    private const string PointerFile = "current";

    private const string SynonymsCommitKey = "synonyms";
    private const string FieldsCommitKey = "fields";

    // Changed whenever what is indexed changes, so that an index built before is rebuilt at start.
    private const string FieldsVersion = "2";

    private readonly string root;
    private readonly Func<string> readSynonyms;
    private readonly ILogger<LuceneSearchIndex> logger;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private volatile IndexGeneration? current;
    private volatile bool ready;

    public LuceneSearchIndex(DataFolder dataFolder, SearchWordsStore words, ILogger<LuceneSearchIndex> logger)
        : this(dataFolder.SearchIndex, words.ReadAll, logger)
    {
    }

    /// <param name="readSynonyms">The synonyms and families' words; read at every build and update, never per search.</param>
    public LuceneSearchIndex(string root, Func<string> readSynonyms, ILogger<LuceneSearchIndex> logger)
    {
        SearchCodec.Register();
        this.root = root;
        this.readSynonyms = readSynonyms;
        this.logger = logger;
        System.IO.Directory.CreateDirectory(root);
    }

    /// <summary>How queries are analysed: stems without synonym tokens (the query adds those itself).</summary>
    public Analyzer Analyzer { get; } = new PerFieldAnalyzerWrapper(
        SearchAnalyzers.Stemming(),
        new Dictionary<string, Analyzer> { [SearchFields.Words] = SearchAnalyzers.PlainWords() });

    public bool IsReady => ready;

    /// <summary>The synonyms the open index was built with, which queries must use to match it.</summary>
    public SynonymSet Synonyms => current?.Synonyms ?? SynonymSet.Empty;

    /// <summary>True when the synonyms were edited since the open index was built: only a rebuild applies them.</summary>
    public bool SynonymsChanged() => current is { } generation && generation.Synonyms.Text != readSynonyms();

    /// <summary>True once an index can be read: a moment before it is ready, while what is built from it is refreshed.</summary>
    public bool IsOpen => current is not null;

    /// <summary>Raised after the searchable contents changed (an update or a swap).</summary>
    public event Action? Refreshed;

    /// <summary>Opens the index the last build left, or returns false when it is missing or unreadable.</summary>
    public bool TryOpenExisting()
    {
        var pointer = Path.Combine(root, PointerFile);
        if (!File.Exists(pointer))
        {
            return false;
        }

        var folder = Path.Combine(root, File.ReadAllText(pointer).Trim());
        try
        {
            var generation = IndexGeneration.Open(folder, Analyzer, synonymsText: null);
            if (generation.Synonyms.Text != readSynonyms())
            {
                generation.Dispose();
                logger.LogInformation("The search synonyms changed since the index was built; it will be rebuilt");
                return false;
            }

            Swap(generation, deleteOld: false);
            logger.LogInformation("Search index opened with {Count} documents", generation.Writer.NumDocs);
            return true;
        }
        catch (Exception exception)
        {
            // Derived data: whatever is wrong with it, building it again from the sources is the cure.
            logger.LogWarning(exception, "The search index could not be opened and will be rebuilt");
            return false;
        }
    }

    /// <summary>Indexes every document of every source into a new folder, then swaps it in.</summary>
    public async Task<int> RebuildAsync(IEnumerable<ISearchDocumentSource> sources, CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var folder = Path.Combine(root, DateTime.UtcNow.ToString("yyyyMMddHHmmssfff") + "-" + Guid.NewGuid().ToString("N")[..8]);
            var generation = IndexGeneration.Open(folder, Analyzer, synonymsText: readSynonyms());
            var count = 0;
            foreach (var source in sources)
            {
                var documents = source.GetDocuments();
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    generation.Writer.AddDocument(ToLucene(source.Name, document));
                    generation.Fingerprints(source.Name)[document.Key] = document.Fingerprint;
                    count++;
                }
            }

            // One segment before it is swapped in: searches read one terms dictionary instead of a
            // dozen, and no background merge competes with the first searches for the cores.
            generation.Writer.ForceMerge(1);
            generation.Commit();
            generation.Searchers.MaybeRefreshBlocking();
            File.WriteAllText(Path.Combine(root, PointerFile), Path.GetFileName(folder));
            Swap(generation, deleteOld: true);
            logger.LogInformation("Search index rebuilt with {Count} documents", count);
            return count;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Brings one source's documents up to date: adds, changes and removes only what differs.</summary>
    public async Task<int> SynchroniseAsync(ISearchDocumentSource source, CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken);
        try
        {
            var generation = current ?? throw new InvalidOperationException("The search index is not open.");
            var indexed = generation.Fingerprints(source.Name);
            var documents = source.GetDocuments();
            var wanted = documents.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
            var changes = 0;
            foreach (var document in documents)
            {
                if (indexed.GetValueOrDefault(document.Key) != document.Fingerprint)
                {
                    generation.Writer.UpdateDocument(new Term(SearchFields.Key, document.Key), ToLucene(source.Name, document));
                    indexed[document.Key] = document.Fingerprint;
                    changes++;
                }
            }

            foreach (var gone in indexed.Keys.Where(k => !wanted.Contains(k)).ToList())
            {
                generation.Writer.DeleteDocuments(new Term(SearchFields.Key, gone));
                indexed.Remove(gone);
                changes++;
            }

            if (changes > 0)
            {
                generation.Commit();
                generation.Searchers.MaybeRefreshBlocking();
                Refreshed?.Invoke();
            }

            return changes;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Runs a read against the current index; the searcher is released however the read ends.</summary>
    public T Read<T>(Func<IndexSearcher, T> read) => Read((searcher, _) => read(searcher));

    /// <summary>Runs a read against the current index and the synonyms it was built with.</summary>
    public T Read<T>(Func<IndexSearcher, SynonymSet, T> read)
    {
        while (true)
        {
            var generation = current ?? throw new InvalidOperationException("The search index is not ready.");
            IndexSearcher searcher;
            try
            {
                searcher = generation.Searchers.Acquire();
            }
            catch (ObjectDisposedException) when (!ReferenceEquals(generation, current))
            {
                // A rebuild swapped this generation out and closed it in between: read the new one.
                continue;
            }

            try
            {
                return read(searcher, generation.Synonyms);
            }
            finally
            {
                generation.Searchers.Release(searcher);
            }
        }
    }

    public void Dispose()
    {
        current?.Dispose();
        Analyzer.Dispose();
        writeLock.Dispose();
    }

    private void Swap(IndexGeneration generation, bool deleteOld)
    {
        var old = Interlocked.Exchange(ref current, generation);
        Refreshed?.Invoke();

        // Ready only now, so the first searches also get suggestions and "Did you mean" from this index.
        ready = true;

        // Searches still holding the old searcher finish on it; the files go once it is closed.
        old?.Dispose();

        // Also when nothing was open: a build at start leaves behind the folder it replaced (a corrupt index).
        if (deleteOld)
        {
            DeleteOtherFolders(generation.Folder);
        }
    }

    private void DeleteOtherFolders(string keep)
    {
        foreach (var folder in System.IO.Directory.EnumerateDirectories(root).Where(f => f != keep))
        {
            try
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
            catch (IOException exception)
            {
                logger.LogDebug(exception, "Old search index folder {Folder} not deleted yet", Path.GetFileName(folder));
            }
        }
    }

    private static Document ToLucene(string source, SearchDocument document)
    {
        var lucene = new Document
        {
            new StringField(SearchFields.Key, document.Key, Field.Store.YES),
            new StringField(SearchFields.Source, source, Field.Store.YES),
            new StoredField(SearchFields.Fingerprint, document.Fingerprint),
            new StringField(SearchFields.Type, document.Type, Field.Store.YES),
            new SortedDocValuesField(SearchFields.Type, new BytesRef(document.Type)),
            new StoredField(SearchFields.Url, document.Url),
            // An index-time boost goes into the field's norm, so it weighs this document's title
            // (its keywords too) in every search at no cost per search.
            new TextField(SearchFields.Title, document.Title, Field.Store.YES) { Boost = document.TitleWeight },
            new TextField(SearchFields.Title, document.Keywords, Field.Store.NO),
            new TextField(SearchFields.Summary, document.Summary, Field.Store.YES) { Boost = document.TextWeight },
            new TextField(SearchFields.Body, document.Body, Field.Store.YES) { Boost = document.TextWeight },
            new TextField(SearchFields.Words, string.Join(' ', document.Title, document.Keywords, document.Summary, document.Body), Field.Store.NO),
        };
        if (!document.Suggested)
        {
            lucene.Add(new StoredField(SearchFields.Suggested, "no"));
        }

        if (document.Phase is { Length: > 0 } phase)
        {
            lucene.Add(new StringField(SearchFields.Phase, phase, Field.Store.YES));
            lucene.Add(new SortedDocValuesField(SearchFields.Phase, new BytesRef(phase)));
        }

        return lucene;
    }

    /// <summary>One index folder with its writer, near-real-time searchers and what it holds.</summary>
    private sealed class IndexGeneration : IDisposable
    {
        private readonly Dictionary<string, Dictionary<string, string>> fingerprints = new(StringComparer.Ordinal);

        private IndexGeneration(string folder, LuceneDirectory directory, IndexWriter writer, Analyzer indexing, SynonymSet synonyms)
        {
            Folder = folder;
            Directory = directory;
            Writer = writer;
            IndexingAnalyzer = indexing;
            Synonyms = synonyms;
            Searchers = new SearcherManager(writer, applyAllDeletes: true, new WarmingSearcherFactory());
        }

        public string Folder { get; }

        public LuceneDirectory Directory { get; }

        public IndexWriter Writer { get; }

        public SearcherManager Searchers { get; }

        public SynonymSet Synonyms { get; }

        private Analyzer IndexingAnalyzer { get; }

        /// <summary>Commits with the synonyms text, so a reopened index knows what it was built with.</summary>
        public void Commit()
        {
            Writer.SetCommitData(new Dictionary<string, string> { [SynonymsCommitKey] = Synonyms.Text, [FieldsCommitKey] = FieldsVersion });
            Writer.Commit();
        }

        public Dictionary<string, string> Fingerprints(string source)
        {
            if (!fingerprints.TryGetValue(source, out var bySource))
            {
                fingerprints[source] = bySource = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            return bySource;
        }

        /// <param name="synonymsText">For a new index, the synonyms to build it with; null opens an existing one with its own.</param>
        public static IndexGeneration Open(string folder, Analyzer queryAnalyzer, string? synonymsText)
        {
            var create = synonymsText is not null;
            var directory = FSDirectory.Open(folder);
            if (!create && !DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                throw new IndexNotFoundException($"No index in {folder}");
            }

            // An index from before synonyms were recorded has none: rebuilt, as any edited synonyms are.
            // One built with other fields is too: what it holds no longer matches what is searched.
            synonymsText ??= DirectoryReader.ListCommits(directory)[^1].UserData is var recorded
                && recorded.TryGetValue(FieldsCommitKey, out var fields) && fields == FieldsVersion
                && recorded.TryGetValue(SynonymsCommitKey, out var synonymsRecorded)
                    ? synonymsRecorded
                    : "\0 not recorded";
            var synonyms = SynonymSet.Parse(synonymsText, queryAnalyzer);
            var indexing = SearchAnalyzers.Indexing(synonyms);
            var config = new IndexWriterConfig(SearchAnalyzers.Version, indexing)
            {
                Codec = new SearchCodec(),
                OpenMode = create ? OpenMode.CREATE : OpenMode.APPEND,
                RAMBufferSizeMB = 64,
            };
            var writer = new IndexWriter(directory, config);
            var generation = new IndexGeneration(folder, directory, writer, indexing, synonyms);
            try
            {
                if (!create)
                {
                    generation.LoadFingerprints();
                }

                return generation;
            }
            catch
            {
                generation.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            Searchers.Dispose();
            Writer.Dispose();
            Directory.Dispose();
            IndexingAnalyzer.Dispose();
        }

        // Checking every file and reading every stored key proves the index is readable: a corrupt one throws here.
        private void LoadFingerprints()
        {
            var searcher = Searchers.Acquire();
            try
            {
                var reader = searcher.IndexReader;

                // Damage to the terms or postings would otherwise show only in some searches, as errors or wrong results.
                foreach (var segment in reader.Leaves)
                {
                    segment.AtomicReader.CheckIntegrity();
                }

                var liveDocs = MultiFields.GetLiveDocs(reader);
                var fields = new HashSet<string> { SearchFields.Key, SearchFields.Source, SearchFields.Fingerprint };
                for (var doc = 0; doc < reader.MaxDoc; doc++)
                {
                    if (liveDocs is not null && !liveDocs.Get(doc))
                    {
                        continue;
                    }

                    var stored = reader.Document(doc, fields);
                    Fingerprints(stored.Get(SearchFields.Source))[stored.Get(SearchFields.Key)] = stored.Get(SearchFields.Fingerprint);
                }
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
    }
}
