using BcpLocalOffer.Core.Content.Published;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcpLocalOffer.Web.Health;

/// <summary>Ready only once the published cache holds a home page: before that, every page would be a 404. Until then the node is starting (Degraded), not failing.</summary>
public sealed class PublishedCacheHealthCheck(IPublishedContentCache cache) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(cache.IsLoaded && cache.Current.Home is not null
            ? HealthCheckResult.Healthy($"{cache.Current.Pages.Count} published pages, generation {cache.Current.Generation}")
            : HealthCheckResult.Degraded("Starting: the published cache has not loaded yet."));
}
