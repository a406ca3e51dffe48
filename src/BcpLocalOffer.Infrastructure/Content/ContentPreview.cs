using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Content;

/// <summary>A version that is not (yet) public, placed in a copy of the published snapshot.</summary>
public sealed record PreviewPage(PublishedPage Page, PublishedContentSnapshot Snapshot, ContentVersion Version);

/// <summary>
/// Shows any version exactly as the public site would: the version is rendered by the same
/// builder as a publish and put into a copy of the live snapshot (with any unpublished parents at
/// their latest version), so the public views render it with the real breadcrumbs and navigation.
/// Nothing here touches the live cache.
/// </summary>
public sealed class ContentPreview(LocalOfferDbContext db, IPublishedContentCache cache, IRichTextRenderer renderer)
{
    public async Task<PreviewPage?> BuildAsync(Guid nodeKey, int versionNumber)
    {
        var version = await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == versionNumber);
        if (version is null)
        {
            return null;
        }

        var live = cache.Current;
        var builder = new PublishedSnapshotBuilder(renderer);

        // From the page up to the nearest ancestor the public can already see (or the root).
        var chain = new List<(ContentNode Node, ContentVersion Version)>();
        var node = await db.ContentNodes.AsNoTracking().SingleAsync(n => n.Key == nodeKey);
        chain.Add((node, version));
        var parentPath = "";
        for (var parentKey = node.ParentKey; parentKey is { } key;)
        {
            if (live.FindByKey(key) is { } visible)
            {
                parentPath = visible.Path;
                break;
            }

            var parent = await db.ContentNodes.AsNoTracking().SingleAsync(n => n.Key == key);
            var latest = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key).OrderByDescending(v => v.Number).FirstAsync();
            chain.Add((parent, latest));
            parentPath = "";
            parentKey = parent.ParentKey;
        }

        chain.Reverse();
        var replaced = new List<PublishedPage>();
        foreach (var (chainNode, chainVersion) in chain)
        {
            var path = chainNode.ParentKey is null ? "/" : (parentPath is "/" or "" ? "/" : parentPath + "/") + chainNode.UrlSegment;
            replaced.Add(builder.ToPage(chainNode, chainVersion, path));
            parentPath = path;
        }

        var keys = replaced.Select(p => p.Key).ToHashSet();
        var snapshot = new PublishedContentSnapshot(live.Pages.Where(p => !keys.Contains(p.Key)).Concat(replaced), live.Generation, live.BuiltAt);
        return new PreviewPage(replaced[^1], snapshot, version);
    }
}
