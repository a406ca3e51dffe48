using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>
/// The site in Development (demo accounts) on a clock fixed at 22 November 2026, so the sample
/// services' SEND-friendly checks are as fresh or as stale as the seed means them to be.
/// </summary>
public sealed class DirectoryFactory : LocalOfferFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public AdjustableClock Clock { get; } = new(Now);

    protected override string EnvironmentName => "Development";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("LocalOffer:Scheduling:CheckIntervalSeconds", "86400");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
