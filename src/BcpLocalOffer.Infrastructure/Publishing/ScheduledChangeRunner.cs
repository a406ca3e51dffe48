using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Looks for due scheduled changes every few seconds and runs them. Schedules live in the
/// database, so one set before a restart still runs after it (late, if the site was down).
/// </summary>
public sealed class ScheduledChangeRunner(
    IServiceScopeFactory scopes,
    IOptions<SchedulingOptions> options,
    TimeProvider clock,
    ILogger<ScheduledChangeRunner> logger) : BackgroundService
{
    /// <summary>One check now: what the timer does, and what tests call after moving the clock on.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentScheduling>().RunDueAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first check waits one interval too, so start-up is not slowed and tests that move
        // the clock decide when checks happen.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckIntervalSeconds)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // A database blip must not stop scheduling for good: the next tick tries again.
                logger.LogError(exception, "Checking for scheduled changes failed");
            }
        }
    }
}
