using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>
/// One piece of work done before the site takes requests, on a scoped service of its own. Steps
/// run in the order they are added, among the other hosted services.
/// </summary>
public sealed class StartupStep<TService>(IServiceScopeFactory scopes, Func<TService, CancellationToken, Task> run) : IHostedService
    where TService : notnull
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TService>(), cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class StartupSteps
{
    /// <summary>
    /// One capability's part of the content seed, imported unless this build already imported the same
    /// seed: a council's first start, in any environment, is on an empty database; a restart skips it.
    /// </summary>
    public static IServiceCollection AddSeedImport<TImporter>(this IServiceCollection services, string name, Func<TImporter, string, CancellationToken, Task> import)
        where TImporter : notnull =>
        services.AddStartupStep<IServiceProvider>((provider, cancellationToken) =>
        {
            var seedRoot = DependencyInjection.ResolveContentSeedPath(
                provider.GetRequiredService<IOptions<LocalOfferOptions>>().Value, provider.GetRequiredService<IHostEnvironment>().ContentRootPath);
            return provider.GetRequiredService<SeedImportRecord>().ImportUnlessCurrentAsync(
                name, seedRoot, token => import(provider.GetRequiredService<TImporter>(), seedRoot, token), cancellationToken);
        });

    // Added, not TryAdded: two steps on the same service must both run.
    public static IServiceCollection AddStartupStep<TService>(this IServiceCollection services, Func<TService, CancellationToken, Task> run)
        where TService : notnull =>
        services.AddSingleton<IHostedService>(provider => new StartupStep<TService>(provider.GetRequiredService<IServiceScopeFactory>(), run));
}
