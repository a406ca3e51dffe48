using BcpLocalOffer.Infrastructure.Feedback;

namespace BcpLocalOffer.Web.Feedback;

public static class FeedbackWebRegistration
{
    /// <summary>The public forms' token, and the start-up and retention services. (Their rate limit is a <see cref="Site.ClientRateLimits"/> policy.)</summary>
    public static IServiceCollection AddFeedbackWeb(this IServiceCollection services)
    {
        services.AddSingleton<PublicFormTokens>();
        services.AddHostedService<FeedbackStartupService>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedbackRetentionRunner>());
        return services;
    }
}

/// <summary>After the improvement plan is imported: seed the topic list (first start only) and load the published entries.</summary>
public sealed class FeedbackStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FeedbackTopics>().SeedAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<Infrastructure.YouSaidWeDid.PublishedYouSaidWeDidLoader>().RefreshAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
