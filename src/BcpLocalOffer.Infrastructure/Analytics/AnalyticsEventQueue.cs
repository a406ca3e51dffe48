using System.Threading.Channels;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Analytics;

/// <summary>
/// Where counted events wait for the database. Pages are served from memory and must stay fast,
/// so recording is only an enqueue: a background writer inserts in batches. When the queue is
/// full the event is dropped and the drop counted; a page never waits for analytics.
/// </summary>
public sealed class AnalyticsEventQueue : BackgroundService
{
    private readonly Channel<AnalyticsEvent> queue;
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ILogger<AnalyticsEventQueue> logger;
    private readonly int batchSize;
    private readonly TimeSpan gathering;
    private readonly SemaphoreSlim writing = new(1, 1);
    private long dropped;
    private long written;

    public AnalyticsEventQueue(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AnalyticsOptions> options, ILogger<AnalyticsEventQueue> logger)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.logger = logger;
        batchSize = Math.Max(1, options.Value.BatchSize);
        gathering = TimeSpan.FromMilliseconds(Math.Max(0, options.Value.BatchGatheringMilliseconds));
        queue = Channel.CreateBounded<AnalyticsEvent>(new BoundedChannelOptions(Math.Max(1, options.Value.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full queue refuses at once, so drops can be counted
            SingleReader = true,
        });
    }

    /// <summary>Events refused because the queue was full, since the site started.</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Events saved since the site started.</summary>
    public long Written => Interlocked.Read(ref written);

    /// <summary>Counts one event now; never blocks. False when it was dropped.</summary>
    public bool TryRecord(EventKind kind, string path, string? target = null, string? context = null, int? resultCount = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = queue.Writer.TryWrite(new AnalyticsEvent
        {
            Date = DateOnly.FromDateTime(now),
            AtUtc = now,
            Kind = kind,
            Path = path,
            Target = target,
            Context = context,
            ResultCount = resultCount,
        });
        if (!accepted)
        {
            Interlocked.Increment(ref dropped);
        }

        return accepted;
    }

    /// <summary>Writes everything queued now; used at shutdown, by the rollup job and by tests.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        while (await WriteBatchAsync(cancellationToken) > 0)
        {
        }
    }

    private async Task<int> WriteBatchAsync(CancellationToken cancellationToken)
    {
        await writing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<AnalyticsEvent>(Math.Min(batchSize, queue.Reader.Count));
            while (batch.Count < batchSize && queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                return 0;
            }

            await using var scope = scopes.CreateAsyncScope();
            await BulkInsert.InsertAsync(scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>(), batch, cancellationToken);
            Interlocked.Add(ref written, batch.Count);
            return batch.Count;
        }
        finally
        {
            writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                // Let a batch gather: under load, one insert of hundreds of rows costs a fraction of
                // hundreds of inserts of one or two, and the requests that queued them never wait.
                if (queue.Reader.Count < batchSize && gathering > TimeSpan.Zero)
                {
                    await Task.Delay(gathering, stoppingToken);
                }

                try
                {
                    // Not cancelled by shutdown: a batch half-written when the site stops would be rolled
                    // back and lost; it takes milliseconds, and shutdown then writes out the rest.
                    await WriteBatchAsync(CancellationToken.None);
                }
                catch (Exception exception)
                {
                    // Counts are insight, not records anyone relies on: a failed batch is lost, logged, and the site goes on.
                    logger.LogWarning(exception, "Could not save a batch of analytics events");
                    await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException)
        {
            try
            {
                await FlushAsync(CancellationToken.None);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not save the last analytics events at shutdown");
            }
        }
    }

    public override void Dispose()
    {
        writing.Dispose();
        base.Dispose();
    }
}
