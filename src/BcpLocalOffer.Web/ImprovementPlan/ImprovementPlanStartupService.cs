using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>
/// After the schema is up to date (ContentStartupService runs first): import the plan seed and
/// load the published plan, so the plan's pages and its search documents are ready with the site.
/// </summary>
public sealed class ImprovementPlanStartupService(IServiceScopeFactory scopes, IOptions<LocalOfferOptions> options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var seedRoot = DependencyInjection.ResolveContentSeedPath(options.Value, environment.ContentRootPath);
        await services.GetRequiredService<SeedImportRecord>().ImportUnlessCurrentAsync(
            "improvement-plan", seedRoot, ct => services.GetRequiredService<PlanSeedImporter>().ImportAsync(seedRoot, ct), cancellationToken);
        await services.GetRequiredService<PublishedPlanLoader>().RefreshAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
