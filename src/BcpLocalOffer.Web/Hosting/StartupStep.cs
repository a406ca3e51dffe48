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
    // Added, not TryAdded: two steps on the same service must both run.
    public static IServiceCollection AddStartupStep<TService>(this IServiceCollection services, Func<TService, CancellationToken, Task> run)
        where TService : notnull =>
        services.AddSingleton<IHostedService>(provider => new StartupStep<TService>(provider.GetRequiredService<IServiceScopeFactory>(), run));
}
