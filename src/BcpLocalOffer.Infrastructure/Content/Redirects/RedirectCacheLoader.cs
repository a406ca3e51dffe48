using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Content.Redirects;

/// <summary>Reads every redirect and swaps a new table into the cache, so public requests never query for them.</summary>
public sealed class RedirectCacheLoader(LocalOfferDbContext db, IRedirectCache cache, ChangeFeedFollower follower, ILogger<RedirectCacheLoader> logger)
    : PublishedSnapshotLoader<RedirectTable>(db, cache, follower)
{
    public override IReadOnlyCollection<string> Capabilities { get; } = [PublishedCapabilities.Redirects];

    protected override async Task<RedirectTable> LoadAsync(RedirectTable current, CancellationToken cancellationToken)
    {
        var table = new RedirectTable(await Db.Redirects.AsNoTracking().ToListAsync(cancellationToken));
        logger.LogInformation("Redirects loaded: {RedirectCount}", table.Count);
        return table;
    }
}
