using BcpLocalOffer.Core.Analytics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.Analytics;

public static class AnalyticsRegistration
{
    /// <summary>
    /// The event queue and its writer, the rollup job and the dashboard's queries. The two
    /// background services are started by the web host after the schema is ready.
    /// </summary>
    public static IServiceCollection AddAnalyticsStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AnalyticsOptions>(configuration.GetSection(AnalyticsOptions.SectionName));
        services.AddSingleton<AnalyticsEventQueue>();
        services.AddSingleton<AnalyticsRollupJob>();
        services.AddScoped<IAnalyticsReports, AnalyticsReports>();
        return services;
    }
}
