using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BcpLocalOffer.Web.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    public const string DatabaseTag = "database";

    public static IServiceCollection AddLocalOfferHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<PublishedCacheHealthCheck>("published-cache", tags: [ReadyTag])
            .AddCheck<SearchIndexHealthCheck>("search-index", tags: [ReadyTag])
            .AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseTag]);
        return services;
    }

    /// <summary>
    /// /health/live: the process answers. /health/ready: this node can serve pages and search from
    /// memory, which it keeps doing when the database is away, so a database blip never takes every
    /// node out of the load balancer at once. /health/database: for monitoring, not for the balancer.
    /// </summary>
    public static IEndpointRouteBuilder MapLocalOfferHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        // A starting node (Degraded) takes no traffic either; only Unhealthy is an error in the log.
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        }).AllowAnonymous();
        endpoints.MapHealthChecks("/health/database", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseTag) }).AllowAnonymous();
        return endpoints;
    }
}
