using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Before the site takes requests: bring the schema up to date, import the content seed (a
/// council's first start, in any environment, is on an empty database) and load the published cache.
/// </summary>
public sealed class ContentStartupService(IServiceScopeFactory scopes, IOptions<LocalOfferOptions> options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        await services.GetRequiredService<ContentSeedImporter>()
            .ImportAsync(DependencyInjection.ResolveContentSeedPath(options.Value, environment.ContentRootPath), cancellationToken);
        await services.GetRequiredService<PublishedCacheLoader>().RefreshAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
