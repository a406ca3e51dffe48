using BcpLocalOffer.Core.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// Keeps this node's index in step with the sources: opens it at start (or rebuilds it in the
/// background while the site serves), then re-indexes a source whenever it reports a change.
/// </summary>
public sealed class SearchIndexer(LuceneSearchIndex index, IEnumerable<ISearchDocumentSource> sources, ILogger<SearchIndexer> logger) : BackgroundService
{
    private readonly SemaphoreSlim pending = new(0);
    private readonly HashSet<ISearchDocumentSource> changed = [];

    /// <summary>Asks for an update of every source, e.g. after the synonyms were edited (which rebuilds).</summary>
    public void RequestUpdate()
    {
        foreach (var source in sources)
        {
            MarkChanged(source);
        }
    }

    /// <summary>Rebuilds into a new folder and swaps it in; searches carry on meanwhile.</summary>
    public Task<int> RebuildAsync(CancellationToken cancellationToken = default) => index.RebuildAsync(sources, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var source in sources)
        {
            source.Changed += () => MarkChanged(source);
        }

        await Task.Yield(); // let the host finish starting: the site serves while the index is prepared

        // Content loads after this service starts: indexing it sooner would build an empty index
        // (and empty a reopened one), then call search ready while it finds nothing.
        while (!sources.All(s => s.IsLoaded))
        {
            await pending.WaitAsync(TimeSpan.FromMilliseconds(100), stoppingToken);
        }

        if (index.TryOpenExisting())
        {
            foreach (var source in sources)
            {
                await index.SynchroniseAsync(source, stoppingToken);
            }
        }
        else
        {
            await index.RebuildAsync(sources, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            await pending.WaitAsync(stoppingToken);
            List<ISearchDocumentSource> due;
            lock (changed)
            {
                due = [.. changed];
                changed.Clear();
            }

            if (due.Count > 0 && index.SynonymsChanged())
            {
                // Synonym tokens are added at indexing: edited synonyms apply to every document or to none.
                await index.RebuildAsync(sources, stoppingToken);
                continue;
            }

            foreach (var source in due)
            {
                try
                {
                    var changes = await index.SynchroniseAsync(source, stoppingToken);
                    logger.LogInformation("Search index updated: {Changes} changes from {Source}", changes, source.Name);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Search index update from {Source} failed; rebuilding", source.Name);
                    await index.RebuildAsync(sources, stoppingToken);
                }
            }
        }
    }

    private void MarkChanged(ISearchDocumentSource source)
    {
        lock (changed)
        {
            changed.Add(source);
        }

        pending.Release();
    }
}

/// <summary>
/// Synonyms edited on any node reach this node's index (edited synonyms rebuild it). The documents
/// themselves come through their sources' snapshots. Its own type, not the indexer's: a scope that
/// resolves consumers disposes what it made, and the indexer is a singleton background service.
/// </summary>
public sealed class SearchSynonymsFollower(SearchIndexer indexer) : ChangeFeed.IChangeFeedConsumer
{
    public IReadOnlyCollection<string> Capabilities { get; } = [ChangeFeed.PublishedCapabilities.SearchSynonyms];

    // The indexer reads the synonyms when it opens the index.
    public bool LoadsAtStart => false;

    public Task ApplyAsync(CancellationToken cancellationToken)
    {
        indexer.RequestUpdate();
        return Task.CompletedTask;
    }
}
