using System.Threading.RateLimiting;
using BcpLocalOffer.Infrastructure.Analytics;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>
/// How many click reports one client may send a minute, keyed by the connection's address. The
/// address lives only in this limiter's memory, for at most the minute it counts, and is never stored.
/// </summary>
public sealed class EventRateLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter;

    public EventRateLimit(IOptions<AnalyticsOptions> options)
    {
        var permits = Math.Max(1, options.Value.EventsPerMinutePerClient);
        limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    public bool TryAcquire(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
