using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// Keeps this node's memory in step with the database. It reads the recent change feed when woken
/// (a save here, a PostgreSQL notification) and every few seconds regardless, and applies each
/// consumer whose capability has an entry this node has not applied. Entries are remembered one by
/// one rather than as a high-water mark, because transactions commit out of sequence order.
/// </summary>
public sealed class ChangeFeedFollower(
    IServiceScopeFactory scopes,
    ChangeFeedSignal signal,
    ClusterLock locks,
    TimeProvider clock,
    IOptions<LocalOfferOptions> options,
    ILogger<ChangeFeedFollower> logger) : BackgroundService
{
    /// <summary>Tags the follower's reads in the database's logs (and lets tests tell them from requests' work).</summary>
    public const string QueryTag = "change feed follower";

    private readonly SemaphoreSlim catchingUp = new(1, 1);
    private HashSet<long> applied = [];
    private DateTime? lastRead;
    private DateTime lastPruned = DateTime.MinValue;
    private bool failing;

    private ChangeFeedOptions Feed => options.Value.ChangeFeed;

    /// <summary>When the feed was last read successfully (UTC), null before the first read.</summary>
    public DateTime? LastReadUtc => lastRead;

    /// <summary>
    /// Before the site takes requests, once the schema is up to date and the seeds imported: loads every
    /// consumer that pages are served from, at the same time where they can be (a restart is mostly
    /// this, and the loads are independent reads). One that also follows another's capability ("You
    /// said – We did" shows the plan's titles) waits for that one. What the feed holds now is in these
    /// loads, so from here on only later entries are applied.
    /// </summary>
    public async Task LoadEverythingAsync(CancellationToken cancellationToken = default)
    {
        await catchingUp.WaitAsync(cancellationToken);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            applied = [.. (await ReadWindowAsync(now, cancellationToken)).Select(e => e.Sequence)];
            lastRead = now;

            List<IChangeFeedConsumer> consumers;
            await using (var scope = scopes.CreateAsyncScope())
            {
                consumers = [.. scope.ServiceProvider.GetServices<IChangeFeedConsumer>()];
            }

            var loads = new Dictionary<int, Task>();
            for (var i = 0; i < consumers.Count; i++)
            {
                if (!consumers[i].LoadsAtStart)
                {
                    continue;
                }

                var capabilities = consumers[i].Capabilities;
                var before = loads.Where(l => consumers[l.Key].Capabilities.Any(capabilities.Contains)).Select(l => l.Value).ToList();
                var index = i;
                // Its own thread: SQLite's "async" reads run synchronously on the caller's.
                loads[i] = Task.Run(async () =>
                {
                    await Task.WhenAll(before);
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetServices<IChangeFeedConsumer>().ElementAt(index).ApplyAsync(cancellationToken);
                }, cancellationToken);
            }

            await Task.WhenAll(loads.Values);
        }
        finally
        {
            catchingUp.Release();
        }
    }

    /// <summary>
    /// Applies every consumer with an entry not yet applied here (and <paramref name="always"/>, the
    /// consumer type a caller wants reloaded whatever the feed says). Before <see cref="LoadEverythingAsync"/>
    /// it applies only that one: the first loads at start read everything anyway.
    /// </summary>
    public async Task CatchUpAsync(Type? always = null, CancellationToken cancellationToken = default)
    {
        await catchingUp.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var due = new HashSet<string>();
            var reloadAll = false;
            if (lastRead is { } previous)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var entries = await ReadWindowAsync(now, cancellationToken);
                foreach (var entry in entries.Where(e => !applied.Contains(e.Sequence)))
                {
                    due.Add(entry.Capability);
                }

                // Away longer than the window (a database outage, a paused VM): entries may have come and
                // gone unseen, so everything is read again.
                reloadAll = now - previous > TimeSpan.FromMinutes(Feed.WindowMinutes) - TimeSpan.FromSeconds(Feed.PollSeconds);
                applied = [.. entries.Select(e => e.Sequence)];
                lastRead = now;
            }

            foreach (var consumer in scope.ServiceProvider.GetServices<IChangeFeedConsumer>())
            {
                if (reloadAll || consumer.GetType() == always || consumer.Capabilities.Any(due.Contains))
                {
                    await consumer.ApplyAsync(cancellationToken);
                }
            }

            if (due.Count > 0 || reloadAll)
            {
                logger.LogInformation("Applied changes to {Capabilities}{ReloadAll}", string.Join(", ", due.Order()), reloadAll ? " (everything reloaded)" : "");
            }
        }
        finally
        {
            catchingUp.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(0.1, Feed.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(poll, stoppingToken);
            try
            {
                await CatchUpAsync(null, stoppingToken);
                await PruneAsync(stoppingToken);
                if (failing)
                {
                    logger.LogInformation("The change feed can be read again");
                    failing = false;
                }
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database outage: pages keep being served from memory; the next poll tries again.
                if (!failing)
                {
                    logger.LogWarning(exception, "The change feed could not be read; this node serves what it has until it can");
                    failing = true;
                }
            }
        }
    }

    private async Task<List<ChangeFeedEntry>> ReadWindowAsync(DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var since = now.AddMinutes(-Feed.WindowMinutes);
        return await db.ChangeFeed.AsNoTracking().TagWith(QueryTag).Where(e => e.AtUtc >= since).ToListAsync(cancellationToken);
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // Not before the first load: on a first start the schema may still be being created.
        if (lastRead is null || now - lastPruned < TimeSpan.FromHours(1))
        {
            return;
        }

        await using var held = await locks.TryAcquireAsync("change-feed-prune", cancellationToken);
        lastPruned = now;
        if (held is null)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var before = now.AddHours(-Math.Max(Feed.KeepHours, Feed.WindowMinutes / 60 * 2));
        var deleted = await db.ChangeFeed.Where(e => e.AtUtc < before).ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} change feed entries older than {Hours} hours", deleted, Feed.KeepHours);
        }
    }
}
