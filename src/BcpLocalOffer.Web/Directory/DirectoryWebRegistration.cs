using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Web.OpenReferral;
using Microsoft.Extensions.Options;

// ServiceDirectory rather than Directory: a BcpLocalOffer.Web.Directory namespace would hide
// System.IO.Directory from every web capability. The views still live in Directory/Views.
namespace BcpLocalOffer.Web.ServiceDirectory;

public static class DirectoryWebRegistration
{
    /// <summary>The directory's start-up (seed import, published snapshot) and the Open Referral API's catalogue.</summary>
    public static IServiceCollection AddServiceDirectoryWeb(this IServiceCollection services)
    {
        services.AddHostedService<DirectoryStartupService>();
        services.AddSingleton<OpenReferralCatalogue>();
        return services;
    }
}

/// <summary>
/// After the schema is up to date (ContentStartupService runs first): import the sample services
/// and load the published directory, so the directory, search and the API are ready with the site.
/// </summary>
public sealed class DirectoryStartupService(IServiceScopeFactory scopes, IOptions<LocalOfferOptions> options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var seedRoot = DependencyInjection.ResolveContentSeedPath(options.Value, environment.ContentRootPath);
        await services.GetRequiredService<SeedImportRecord>().ImportUnlessCurrentAsync(
            "directory", seedRoot, ct => services.GetRequiredService<DirectorySeedImporter>().ImportAsync(seedRoot, ct), cancellationToken);
        await services.GetRequiredService<PublishedDirectoryLoader>().RefreshAsync(cancellationToken);
        services.GetRequiredService<OpenReferralCatalogue>().Warm();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
