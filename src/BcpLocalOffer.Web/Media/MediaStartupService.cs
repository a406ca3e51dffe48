using BcpLocalOffer.Infrastructure.Media;

namespace BcpLocalOffer.Web.Media;

/// <summary>At start, stores in the database any media file that is only in this node's folder (an upgrade).</summary>
public sealed class MediaStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<MediaLibrary>().StoreFilesFromFolderAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
