using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Content.Redirects;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.Search;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Infrastructure.YouSaidWeDid;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.ChangeFeed;

public static class ChangeFeedRegistration
{
    /// <summary>
    /// The change feed and everything a node holds in memory that follows it, in the order a change is
    /// applied: "You said – We did" reads the published plan, so it comes after it.
    /// </summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services, LocalOfferOptions options)
    {
        services.AddSingleton<ChangeFeedSignal>();
        services.AddSingleton<ChangeFeedRecorder>();
        services.AddSingleton<ChangeFeedFollower>();

        // Its loop waits a poll interval before its first read, and reads nothing until the start-up primed it.
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeedFollower>());
        services.AddSingleton<Data.ClusterLock>();

        services.AddScoped<IChangeFeedConsumer>(provider => provider.GetRequiredService<PublishedCacheLoader>());
        services.AddScoped<IChangeFeedConsumer>(provider => provider.GetRequiredService<RedirectCacheLoader>());
        services.AddScoped<IChangeFeedConsumer>(provider => provider.GetRequiredService<PublishedPlanLoader>());
        services.AddScoped<IChangeFeedConsumer>(provider => provider.GetRequiredService<PublishedDirectoryLoader>());
        services.AddScoped<IChangeFeedConsumer>(provider => provider.GetRequiredService<FeedbackTopicSnapshot>());
        services.AddScoped<IChangeFeedConsumer>(provider => provider.GetRequiredService<PublishedYouSaidWeDidLoader>());
        services.AddScoped<IChangeFeedConsumer, SearchSynonymsFollower>();

        if (options.Database.Provider == DatabaseProvider.Postgres && options.ChangeFeed.Notifications)
        {
            services.AddSingleton<PostgresChangeNotifications>();
            services.AddHostedService(provider => provider.GetRequiredService<PostgresChangeNotifications>());
        }

        return services;
    }
}
