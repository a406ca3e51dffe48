using Microsoft.AspNetCore.Hosting;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The site in Development, where the demo editorial accounts exist, behind a proxy as it runs live:
/// X-Forwarded-For names the client, so each <see cref="EditorialSession"/> is a client of its own.
/// </summary>
public class DevelopmentFactory : LocalOfferFactory
{
    protected override string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders_Enabled", "true");
    }
}
