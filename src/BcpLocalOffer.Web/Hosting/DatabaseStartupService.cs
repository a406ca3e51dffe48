using BcpLocalOffer.Infrastructure.Data;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>
/// The schema, brought up to date before any other start-up work: registered ahead of DataProtection,
/// whose own start reads the key ring from the database.
/// </summary>
public sealed class DatabaseStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
