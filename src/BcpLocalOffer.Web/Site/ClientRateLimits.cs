using System.Threading.RateLimiting;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Infrastructure.Feedback;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Site;

/// <summary>
/// How often one client may post to the public endpoints anyone can reach: one rate limiter, one
/// policy per kind of post, each counted per client (<see cref="ClientAddress"/>) for a minute. The address lives
/// only in the limiter's memory, for at most the minute it counts, and is never stored or logged.
/// </summary>
public static class ClientRateLimits
{
    /// <summary>"Have your say" and "Is this page useful?" submissions.</summary>
    public const string FeedbackForms = "public-feedback";

    /// <summary>Link clicks reported by the page's script to <c>POST /api/events</c>.</summary>
    public const string AnalyticsEvents = "analytics-events";

    /// <summary>Search, its suggestions and the JSON APIs: each request runs a search or builds a document.</summary>
    public const string SearchAndApi = "search-and-api";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                context.Response.Headers.RetryAfter = "60";

                // The APIs answer in JSON; the forms' and pages' 429 falls through to the site's error page.
                if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                    || context.Request.Path.StartsWithSegments("/openreferral", StringComparison.OrdinalIgnoreCase)
                    || context.Request.Path.Value?.EndsWith(".json", StringComparison.OrdinalIgnoreCase) == true)
                {
                    await Results.Problem("Too many requests from this client; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests)
                        .ExecuteAsync(context);
                }
            };
            options.AddPolicy(FeedbackForms, context => PerMinute(context, context.RequestServices.GetRequiredService<IOptions<FeedbackOptions>>().Value.SubmissionsPerMinutePerClient));
            options.AddPolicy(AnalyticsEvents, context => PerMinute(context, context.RequestServices.GetRequiredService<IOptions<AnalyticsOptions>>().Value.EventsPerMinutePerClient));
            options.AddPolicy(SearchAndApi, context => PerMinute(context, context.RequestServices.GetRequiredService<IOptions<SiteOptions>>().Value.SearchAndApiRequestsPerMinutePerClient));
        });

    private static RateLimitPartition<string> PerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Key(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
