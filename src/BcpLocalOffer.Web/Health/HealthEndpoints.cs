using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BcpLocalOffer.Web.Health;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddLocalOfferHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<PublishedCacheHealthCheck>("published-cache", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: it can serve pages (database and cache).</summary>
    public static IEndpointRouteBuilder MapLocalOfferHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
