using BcpLocalOffer.Infrastructure.Search;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcpLocalOffer.Web.Health;

/// <summary>
/// Ready once this node's search index is built or opened: a fresh node behind the load balancer
/// would otherwise answer every search with nothing found while it builds. Building is starting,
/// not failing: Degraded, which /health/ready answers with 503 without an error in the log.
/// </summary>
public sealed class SearchIndexHealthCheck(LuceneSearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(index.IsReady
            ? HealthCheckResult.Healthy("The search index is open.")
            : HealthCheckResult.Degraded("Starting: the search index is still being built."));
}
