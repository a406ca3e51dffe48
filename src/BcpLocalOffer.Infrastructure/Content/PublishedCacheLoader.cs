using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.ChangeFeed;
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
    ChangeFeedFollower follower,
    ILogger<PublishedCacheLoader> logger) : PublishedSnapshotLoader<PublishedContentSnapshot>(db, cache, follower)
{
    public override IReadOnlyCollection<string> Capabilities { get; } = [PublishedCapabilities.Content];

    protected override async Task<PublishedContentSnapshot> LoadAsync(PublishedContentSnapshot current, CancellationToken cancellationToken)
    {
        // An archived page stays off the site even if something (a changed seed file) published it again.
        var nodes = await Db.ContentNodes.AsNoTracking().Where(n => n.PublishedVersionId != null && n.ArchivedAt == null).ToListAsync(cancellationToken);
        var versionIds = nodes.Select(n => n.PublishedVersionId!.Value).ToList();

        // Text is most of what a publish reads, and only pages now showing another version need
        // theirs: the others keep the text already rendered in the current snapshot.
        var versions = await Db.ContentVersions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .Select(v => new ContentVersion
            {
                Id = v.Id,
                NodeKey = v.NodeKey,
                Number = v.Number,
                Name = v.Name,
                NavigationName = v.NavigationName,
                Summary = v.Summary,
                MetaDescription = v.MetaDescription,
                OwnerOrganisation = v.OwnerOrganisation,
                ReviewBy = v.ReviewBy,
                LastReviewed = v.LastReviewed,
                HideFromNavigation = v.HideFromNavigation,
                Properties = v.Properties,
                CreatedAt = v.CreatedAt,
                CreatedBy = v.CreatedBy,
            })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var textNeeded = nodes
            .Where(n => versions.TryGetValue(n.PublishedVersionId!.Value, out var version) && !PublishedSnapshotBuilder.ShowsSameVersion(current.FindByKey(n.Key), version))
            .Select(n => n.PublishedVersionId!.Value)
            .ToList();
        if (textNeeded.Count > 0)
        {
            var texts = await Db.ContentVersions.Where(v => textNeeded.Contains(v.Id)).Select(v => new { v.Id, v.Body }).ToListAsync(cancellationToken);
            foreach (var text in texts)
            {
                versions[text.Id].Body = text.Body;
            }
        }

        foreach (var node in nodes)
        {
            node.Versions = versions.TryGetValue(node.PublishedVersionId!.Value, out var version) ? [version] : [];
        }

        var snapshot = new PublishedSnapshotBuilder(renderer).Build(nodes, current.Generation + 1, clock.GetUtcNow(), current);
        logger.LogInformation("Published cache generation {Generation} loaded with {PageCount} pages", snapshot.Generation, snapshot.Pages.Count);
        return snapshot;
    }
}
