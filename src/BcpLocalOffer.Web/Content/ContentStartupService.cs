using System.Diagnostics;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Before the site takes requests, once the schema is up to date (the first
/// start-up step): import the content seed (a
/// council's first start, in any environment, is on an empty database; a restart with the same seed
/// and build skips it) and load the published cache.
/// </summary>
public sealed class ContentStartupService(
    IServiceScopeFactory scopes,
    IOptions<LocalOfferOptions> options,
    IHostEnvironment environment,
    ILogger<ContentStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;

        // What the change feed holds now is in the loads below; the follower applies only what comes later.
        await services.GetRequiredService<ChangeFeedFollower>().PrimeAsync(cancellationToken);
        var database = clock.ElapsedMilliseconds;
        var seedRoot = DependencyInjection.ResolveContentSeedPath(options.Value, environment.ContentRootPath);
        await services.GetRequiredService<SeedImportRecord>().ImportUnlessCurrentAsync(
            "content", seedRoot, ct => services.GetRequiredService<ContentSeedImporter>().ImportAsync(seedRoot, ct), cancellationToken);
        var seed = clock.ElapsedMilliseconds;
        await services.GetRequiredService<PublishedCacheLoader>().RefreshAsync(cancellationToken);

        // Cold start is a target (3 s); this line says where the time went.
        logger.LogInformation(
            "Content ready in {Total} ms: database {Database} ms, content seed {Seed} ms, published cache {Cache} ms",
            clock.ElapsedMilliseconds, database, seed - database, clock.ElapsedMilliseconds - seed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
