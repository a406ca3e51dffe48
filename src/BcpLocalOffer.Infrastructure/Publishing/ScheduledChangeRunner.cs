using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Looks for due scheduled changes every few seconds and runs them, on one node at a time. Schedules
/// live in the database, so one set before a restart still runs after it (late, if the site was down).
/// </summary>
public sealed class ScheduledChangeRunner(
    IServiceScopeFactory scopes,
    IOptions<SchedulingOptions> options,
    ClusterLock locks,
    TimeProvider clock,
    ILogger<ScheduledChangeRunner> logger) : SingletonJob<int>(locks, clock, logger)
{
    protected override string Name => "Scheduled changes";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, options.Value.CheckIntervalSeconds));

    /// <returns>How many changes this run carried out or refused.</returns>
    protected override async Task<int> RunLockedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentScheduling>().RunDueAsync(cancellationToken);
    }
}
