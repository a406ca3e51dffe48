using BcpLocalOffer.Core.Content.Published;
using Microsoft.AspNetCore.OutputCaching;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Rendered public pages are kept in the output cache and all evicted together when a new
/// published snapshot replaces the old one.
/// </summary>
public sealed class PublishedContentOutputCache(IPublishedContentCache cache, IOutputCacheStore store, ILogger<PublishedContentOutputCache> logger) : IHostedService
{
    public const string PolicyName = "published-content";
    public const string Tag = "published-content";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        cache.Replaced += Evict;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cache.Replaced -= Evict;
        return Task.CompletedTask;
    }

    private async void Evict(PublishedContentSnapshot snapshot)
    {
        try
        {
            await store.EvictByTagAsync(Tag, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not evict cached pages for generation {Generation}", snapshot.Generation);
        }
    }
}
