using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Web.Hosting;

namespace BcpLocalOffer.Web.Feedback;

public static class FeedbackWebRegistration
{
    /// <summary>The public forms' token, and the topic list's first-start seed and the retention service. (Their rate limit is a <see cref="Site.ClientRateLimits"/> policy.)</summary>
    public static IServiceCollection AddFeedbackWeb(this IServiceCollection services)
    {
        services.AddSingleton<PublicFormTokens>();
        // After the improvement plan's seed: the first start's topic list is the plan's areas.
        services.AddStartupStep<FeedbackTopics>((topics, ct) => topics.SeedAsync(ct));
        services.AddHostedService(provider => provider.GetRequiredService<FeedbackRetentionRunner>());
        return services;
    }
}
