using BcpLocalOffer.Infrastructure.Analytics;

namespace BcpLocalOffer.Web.Analytics;

public static class AnalyticsWebRegistration
{
    /// <summary>
    /// Cookieless analytics: counting, and the queue writer and rollup
    /// job (registered after the start-up services, so they run once the schema is ready).
    /// </summary>
    public static IServiceCollection AddLocalOfferAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAnalyticsStorage(configuration);
        services.AddSingleton<VisitCounter>();
        services.AddHostedService(provider => provider.GetRequiredService<AnalyticsEventQueue>());
        services.AddHostedService(provider => provider.GetRequiredService<AnalyticsRollupJob>());
        return services;
    }

    /// <summary>Page views: after authentication (editors are not counted), before the output cache (cached pages are).</summary>
    public static IApplicationBuilder UseAnalytics(this IApplicationBuilder app) => app.UseMiddleware<PageViewCounting>();
}
