using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>
/// The site in Development (where board members need no two-factor sign-in) with a generous rate
/// limit, for tests that send many forms from one client.
/// </summary>
public sealed class FeedbackFactory : LocalOfferFactory
{
    protected override string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalOffer:Feedback:SubmissionsPerMinutePerClient", "1000000");
    }
}

/// <summary>The site with a limit of three submissions a minute per client.</summary>
public sealed class StrictRateLimitFactory : LocalOfferFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalOffer:Feedback:SubmissionsPerMinutePerClient", "3");
    }
}
