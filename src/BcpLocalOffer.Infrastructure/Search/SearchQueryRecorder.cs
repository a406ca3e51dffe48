using System.Threading.Channels;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>Remembers searches that found little, without making the search wait for the database.</summary>
public interface ISearchQueryRecorder
{
    void Record(string query, int resultCount);
}

/// <summary>
/// A bounded queue drained by a background writer in batches. When the queue is full (a flood of
/// nonsense searches) entries are dropped: the log is insight, not a record anyone relies on.
/// </summary>
public sealed class SearchQueryRecorder(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SearchQueryRecorder> logger)
    : BackgroundService, ISearchQueryRecorder
{
    private readonly Channel<SearchQueryLogEntry> queue = Channel.CreateBounded<SearchQueryLogEntry>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Record(string query, int resultCount) =>
        queue.Writer.TryWrite(new SearchQueryLogEntry
        {
            Query = SearchQueryText.ForLog(query),
            Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            ResultCount = resultCount,
        });

    /// <summary>Writes whatever is queued now; used at shutdown and by tests.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var batch = new List<SearchQueryLogEntry>();
        while (batch.Count < 500 && queue.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }

        if (batch.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        db.SearchQueryLog.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogWarning(exception, "Could not save the log of searches that found little");
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            await FlushAsync(CancellationToken.None);
        }
    }
}
