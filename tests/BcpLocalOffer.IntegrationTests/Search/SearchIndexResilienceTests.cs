using System.Collections.Concurrent;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Search;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// The index is derived data on each node's disk: whatever state it is found in, the site starts,
/// search becomes ready and finds pages, and an administrator's rebuild never interrupts families.
/// </summary>
[Collection(SearchCollection.Name)]
public class SearchIndexResilienceTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private static readonly SearchRequest ShortBreaks = new("short breaks");

    [Fact]
    public async Task Search_becomes_ready_only_once_the_published_pages_are_in_the_index()
    {
        // A site of its own: the moment of becoming ready is what is tested, so nothing else may start it first.
        var site = new SearchSiteFactory();
        try
        {
            var search = site.Services.GetRequiredService<ISearchService>();
            Assert.True(await Eventually.TrueWithinAsync(SearchReadiness.Timeout, () => search.IsReady, TimeSpan.FromMilliseconds(5)));

            Assert.True((await search.SearchAsync(ShortBreaks)).Total > 0, "search said it was ready before the published pages were indexed");
        }
        finally
        {
            await site.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_at_start_and_search_finds_pages()
    {
        var site = new SearchSiteFactory(dataPath =>
        {
            var garbage = Path.Combine(dataPath, "search-index", LocalOfferFactory.NodeId, "20240101000000000-damaged");
            Directory.CreateDirectory(garbage);
            var random = new Random(20240101);
            foreach (var name in new[] { "segments_1", "segments.gen", "_0.cfs", "_0.cfe", "_0.si" })
            {
                var bytes = new byte[1024];
                random.NextBytes(bytes);
                File.WriteAllBytes(Path.Combine(garbage, name), bytes);
            }

            File.WriteAllText(Path.Combine(dataPath, "search-index", LocalOfferFactory.NodeId, "current"), Path.GetFileName(garbage));
        });
        try
        {
            var search = await site.WaitForSearchAsync();

            Assert.True((await search.SearchAsync(ShortBreaks)).Total > 0);
            Assert.All((await SearchApi.GetAsync(site.CreateClient(), "short breaks")).Results.Take(3), r => Assert.StartsWith("/short-breaks", r.Url));
            await AssertOnlyTheCurrentIndexIsKeptAsync(site.SearchIndexFolder);
        }
        finally
        {
            await site.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task An_index_folder_that_has_gone_missing_is_rebuilt_at_start()
    {
        var site = new SearchSiteFactory(dataPath =>
        {
            Directory.CreateDirectory(Path.Combine(dataPath, "search-index", LocalOfferFactory.NodeId));
            File.WriteAllText(Path.Combine(dataPath, "search-index", LocalOfferFactory.NodeId, "current"), "20240101000000000-deleted");
        });
        try
        {
            var search = await site.WaitForSearchAsync();

            Assert.True((await search.SearchAsync(ShortBreaks)).Total > 0);
            await AssertOnlyTheCurrentIndexIsKeptAsync(site.SearchIndexFolder);
        }
        finally
        {
            await site.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task An_index_built_with_other_synonyms_is_rebuilt_at_start_so_the_current_ones_apply()
    {
        // Left by a node whose synonyms were different: "respite" meant nothing to it.
        var site = new SearchSiteFactory(dataPath =>
        {
            using var old = new LuceneSearchIndex(Path.Combine(dataPath, "search-index", LocalOfferFactory.NodeId), () => "", Microsoft.Extensions.Logging.Abstractions.NullLogger<LuceneSearchIndex>.Instance);
            old.RebuildAsync([new OnePage()]).GetAwaiter().GetResult();
        });
        try
        {
            var search = await site.WaitForSearchAsync();

            var respite = await search.SearchAsync(new SearchRequest("respite"));
            Assert.Contains(respite.Hits, h => h.Url == "/short-breaks");
            await AssertOnlyTheCurrentIndexIsKeptAsync(site.SearchIndexFolder);
        }
        finally
        {
            await site.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task After_a_restart_the_index_left_on_disk_is_opened_and_still_finds_pages()
    {
        var first = new SearchSiteFactory();
        SearchSiteFactory? restarted = null;
        try
        {
            var before = (await (await first.WaitForSearchAsync()).SearchAsync(ShortBreaks)).Total;
            var folder = File.ReadAllText(Path.Combine(first.SearchIndexFolder, "current"));
            await first.DisposeAsync(); // the host stops; its data folder stays for the next start

            restarted = new SearchSiteFactory(earlierDataPath: first.DataPath);
            var search = await restarted.WaitForSearchAsync();

            Assert.Equal(before, (await search.SearchAsync(ShortBreaks)).Total);
            Assert.Equal(folder, File.ReadAllText(Path.Combine(restarted.SearchIndexFolder, "current")));
        }
        finally
        {
            if (restarted is not null)
            {
                await restarted.DisposeWithDataAsync();
            }

            await first.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task An_index_damaged_on_disk_while_the_site_was_stopped_is_rebuilt_at_the_next_start()
    {
        var first = new SearchSiteFactory();
        SearchSiteFactory? restarted = null;
        try
        {
            await first.WaitForSearchAsync();
            var damaged = File.ReadAllText(Path.Combine(first.SearchIndexFolder, "current"));
            await first.DisposeAsync();

            // A disk fault or a crash mid-write: a stretch of the index's data files overwritten.
            var random = new Random(7);
            var dataFiles = Directory.GetFiles(Path.Combine(first.SearchIndexFolder, damaged)).Where(f => new FileInfo(f).Length > 10_000).ToList();
            Assert.NotEmpty(dataFiles);
            foreach (var file in dataFiles)
            {
                var bytes = File.ReadAllBytes(file);
                random.NextBytes(bytes.AsSpan(bytes.Length / 2, 2000));
                File.WriteAllBytes(file, bytes);
            }

            restarted = new SearchSiteFactory(earlierDataPath: first.DataPath);
            var search = await restarted.WaitForSearchAsync();

            Assert.True((await search.SearchAsync(ShortBreaks)).Total > 0);
            Assert.NotEqual(damaged, File.ReadAllText(Path.Combine(restarted.SearchIndexFolder, "current")));
            await AssertOnlyTheCurrentIndexIsKeptAsync(restarted.SearchIndexFolder);
        }
        finally
        {
            if (restarted is not null)
            {
                await restarted.DisposeWithDataAsync();
            }

            await first.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task Searches_keep_finding_pages_while_an_administrator_rebuilds_the_index()
    {
        var search = await factory.WaitForSearchAsync();
        var indexer = factory.Services.GetRequiredService<SearchIndexer>();
        var failures = new ConcurrentQueue<string>();
        var searches = 0;
        using var stop = new CancellationTokenSource();
        var searching = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    var results = await search.SearchAsync(ShortBreaks);
                    if (results.Total == 0 || results.Hits.Count == 0)
                    {
                        failures.Enqueue("a search found nothing");
                    }
                }
                catch (Exception exception)
                {
                    failures.Enqueue(exception.GetType().Name + ": " + exception.Message);
                }

                Interlocked.Increment(ref searches);
            }
        });

        Assert.True(await Eventually.TrueWithinAsync(TimeSpan.FromSeconds(10), () => Volatile.Read(ref searches) > 0));
        var searchesBeforeRebuild = Volatile.Read(ref searches);
        for (var rebuild = 0; rebuild < 5; rebuild++)
        {
            Assert.True(await indexer.RebuildAsync() > 0);
        }

        var searchesDuringRebuild = Volatile.Read(ref searches) - searchesBeforeRebuild;
        await stop.CancelAsync();
        await searching;

        Assert.True(searchesDuringRebuild > 0, "no search ran while the index was rebuilt, so nothing was tested");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {searches} searches failed, e.g. {failures.FirstOrDefault()}");
        await AssertOnlyTheCurrentIndexIsKeptAsync(Path.Combine(factory.DataPath, "search-index", LocalOfferFactory.NodeId));
    }

    /// <summary>
    /// One index folder, named by the pointer file, and nothing else: old builds do not pile up on
    /// disk. Search is ready as soon as a new build is swapped in; the old folders go just after.
    /// </summary>
    private static async Task AssertOnlyTheCurrentIndexIsKeptAsync(string searchIndexFolder)
    {
        var pointer = Path.Combine(searchIndexFolder, "current");
        string[] Folders() => [.. Directory.GetDirectories(searchIndexFolder).Select(f => Path.GetFileName(f)!)];
        await Eventually.TrueWithinAsync(TimeSpan.FromSeconds(10), () => Folders().Length == 1);

        Assert.Equal([File.ReadAllText(pointer).Trim()], Folders());
        Assert.Equal(["current"], Directory.GetFiles(searchIndexFolder).Select(Path.GetFileName));
    }

    private sealed class OnePage : ISearchDocumentSource
    {
        public string Name => "content";

        public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string>();

        public bool IsLoaded => true;

        public event Action? Changed
        {
            add { }
            remove { }
        }

        public IReadOnlyList<SearchDocument> GetDocuments() =>
            [new SearchDocument { Key = "old", Type = "contentPage", Url = "/old", Title = "Zorbling", Body = "zorbling" }];
    }
}
