using System.Text;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Analytics;

/// <summary>
/// The site with the rollup job's own timer slowed right down (tests run it) and a per-client
/// event limit high enough for the hostile-input tests, which all come from one test client. In
/// Development, so back-office accounts sign in without two-factor enrolment.
/// </summary>
public class AnalyticsSiteFactory : LocalOfferFactory
{
    protected override string EnvironmentName => "Development";

    /// <summary>What an ordinary desktop browser sends; requests without a user agent are not counted.</summary>
    public const string BrowserUserAgent = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

    protected virtual int EventsPerMinutePerClient => 1_000_000;

    public AnalyticsEventQueue Queue => Services.GetRequiredService<AnalyticsEventQueue>();

    public AnalyticsRollupJob Rollups => Services.GetRequiredService<AnalyticsRollupJob>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalOffer:Analytics:RollupIntervalSeconds", "86400");
        builder.UseSetting("LocalOffer:Analytics:EventsPerMinutePerClient", EventsPerMinutePerClient.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    /// <summary>A visitor's browser: a browser user agent, no cookies kept.</summary>
    public HttpClient CreateVisitor()
    {
        var client = CreateNonRedirectingClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(BrowserUserAgent);
        return client;
    }

    public async Task<List<AnalyticsEvent>> SavedEventsAsync()
    {
        await Queue.FlushAsync();
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AnalyticsEvents.AsNoTracking().ToListAsync();
    }

    public static StringContent Event(string json, string contentType = "text/plain") => new(json, Encoding.UTF8, contentType);

    public static StringContent Click(string kind, string path, string target, string? context = null) =>
        Event(System.Text.Json.JsonSerializer.Serialize(context is null
            ? new Dictionary<string, string> { ["kind"] = kind, ["path"] = path, ["target"] = target }
            : new Dictionary<string, string> { ["kind"] = kind, ["path"] = path, ["target"] = target, ["context"] = context }));
}

/// <summary>The same site with a per-client limit small enough to reach in a test.</summary>
public sealed class RateLimitedSiteFactory : AnalyticsSiteFactory
{
    public const int Limit = 5;

    protected override int EventsPerMinutePerClient => Limit;
}

/// <summary>
/// The rate-limited site as a council runs it behind its proxy or load balancer, with the standard
/// ASP.NET Core switch on (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>), so a client is known
/// by the address the proxy forwards.
/// </summary>
public sealed class ProxiedRateLimitedSiteFactory : AnalyticsSiteFactory
{
    protected override int EventsPerMinutePerClient => RateLimitedSiteFactory.Limit;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders_Enabled", "true");
    }
}
