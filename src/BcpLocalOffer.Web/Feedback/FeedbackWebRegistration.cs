using System.Threading.RateLimiting;
using BcpLocalOffer.Infrastructure.Feedback;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Feedback;

public static class FeedbackWebRegistration
{
    public const string RateLimitPolicy = "public-feedback";

    /// <summary>The public forms' token and rate limit, and the start-up and retention services.</summary>
    public static IServiceCollection AddFeedbackWeb(this IServiceCollection services)
    {
        services.AddSingleton<PublicFormTokens>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Partitioned by address in memory only: the limiter forgets a client when its window ends, and nothing is written anywhere.
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var limit = context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value.SubmissionsPerMinutePerClient;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, limit),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
        });
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
