using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Content;

/// <summary>Reads every published version from the database and swaps a new snapshot into the cache.</summary>
public sealed class PublishedCacheLoader(
    LocalOfferDbContext db,
    IPublishedContentCache cache,
    IRichTextRenderer renderer,
    TimeProvider clock,
    ILogger<PublishedCacheLoader> logger)
{
    public async Task<PublishedContentSnapshot> RefreshAsync(CancellationToken cancellationToken = default)
    {
        // An archived page stays off the site even if something (a changed seed file) published it again.
        var nodes = await db.ContentNodes.AsNoTracking().Where(n => n.PublishedVersionId != null && n.ArchivedAt == null).ToListAsync(cancellationToken);
        var versionIds = nodes.Select(n => n.PublishedVersionId!.Value).ToList();
        var versions = await db.ContentVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
        foreach (var node in nodes)
        {
            node.Versions = versions.TryGetValue(node.PublishedVersionId!.Value, out var version) ? [version] : [];
        }

        var current = cache.Current;
        var snapshot = new PublishedSnapshotBuilder(renderer).Build(nodes, current.Generation + 1, clock.GetUtcNow(), current);
        cache.Replace(snapshot);
        logger.LogInformation("Published cache generation {Generation} loaded with {PageCount} pages", snapshot.Generation, snapshot.Pages.Count);
        return snapshot;
    }
}
