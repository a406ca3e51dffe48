using BcpLocalOffer.Infrastructure.Content.Redirects;

namespace BcpLocalOffer.Web.Content;

/// <summary>Loads the redirects into memory before the site takes requests (after the schema is up to date).</summary>
public sealed class RedirectStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<RedirectCacheLoader>().RefreshAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
