using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// Periodic work that one node at a time does (scheduled publishing, retention, analytics rollups).
/// Every node runs the timer; on each turn the node that gets the job's <see cref="ClusterLock"/>
/// does the work and the others skip that turn, so a node that stops or dies hands the job to the
/// next one that asks, with no election to configure. The work itself must still be safe to repeat:
/// a node can die half-way, and the next turn on another node starts it again.
/// </summary>
public abstract class SingletonJob<TResult>(ClusterLock locks, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected ILogger Logger { get; } = logger;

    /// <summary>The lock's name, and the job's name in logs.</summary>
    protected abstract string Name { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>One run of the work; the caller holds the lock.</summary>
    protected abstract Task<TResult> RunLockedAsync(CancellationToken cancellationToken);

    /// <summary>Logs what a turn did, where that is worth a line.</summary>
    protected virtual void Report(TResult result)
    {
    }

    /// <summary>
    /// One run now, waiting for another node's run to finish first: what the timer does, and what
    /// tests call after moving the clock on.
    /// </summary>
    public async Task<TResult> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var hold = await locks.AcquireAsync(Name, cancellationToken);
        return await RunLockedAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first turn waits one interval too: at start-up the schema and caches come first, and
        // tests that move the clock decide when turns happen.
        using var timer = new PeriodicTimer(Interval, Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await TurnAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task TurnAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var hold = await locks.TryAcquireAsync(Name, stoppingToken);
            if (hold is null)
            {
                Logger.LogDebug("{Job} is running on another node; this node skips this turn", Name);
                return;
            }

            Report(await RunLockedAsync(stoppingToken));
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A database blip must not stop the job for good: the next turn tries again.
            Logger.LogError(exception, "{Job} failed; the next turn tries again", Name);
        }
    }
}
