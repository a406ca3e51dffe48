using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.Content;

/// <summary>A page in the content list, and how many pages (not archived) are beneath it.</summary>
public sealed record ContentListRow(ContentTreeRow Page, int Beneath);

/// <summary>
/// One screen of the content list. Browsing, it is one page of the tree with the pages directly
/// beneath it, each of which opens in turn (the way Umbraco's tree expands); searching, it is
/// every page whose title has the words searched for. Either way a hundred rows at a time.
/// </summary>
/// <remarks>
/// A council's Local Offer grows to thousands of pages: the whole tree on one screen took
/// seconds to build and megabytes to send. This reads only what the screen shows: the page being
/// opened and its ancestors (one command per level of the tree, for the trail), the rows of the
/// screen with how many pages are beneath each, and their newest versions. The number of
/// database commands depends on how deep the tree is, never on how many pages it has.
/// </remarks>
public sealed record ContentListPage(
    ContentTreeRow? Opened,
    IReadOnlyList<ContentTreeRow> Trail,
    IReadOnlyList<ContentListRow> Rows,
    string? Query,
    int PageNumber,
    int PageCount,
    int Total)
{
    public const int PageSize = 100;
    public const int MaxQueryLength = 100;

    // Deeper than any Local Offer goes; it only stops a broken parent chain from looping.
    private const int MaxDepth = 32;

    public bool IsSearch => Query is { Length: > 0 };

    public int FirstRowNumber => Total == 0 ? 0 : ((PageNumber - 1) * PageSize) + 1;

    public int LastRowNumber => FirstRowNumber + Rows.Count - 1;

    /// <summary>What a refused search shows: the text as typed, and no rows.</summary>
    public static ContentListPage Refused(string query) => new(null, [], [], query, 1, 1, 0);

    /// <summary>The page <paramref name="openedKey"/> (the home page when null) and the pages directly beneath it.</summary>
    /// <param name="pageNumber">1-based; out of range goes to the nearest screen there is.</param>
    /// <returns>Null when there is no such page, or it is archived.</returns>
    public static async Task<ContentListPage?> BrowseAsync(LocalOfferDbContext db, Guid? openedKey, int pageNumber)
    {
        var key = openedKey ?? await db.ContentNodes.Where(n => n.ParentKey == null).OrderBy(n => n.SortOrder).Select(n => (Guid?)n.Key).FirstOrDefaultAsync();
        if (key is not { } opened)
        {
            return null;
        }

        var places = await WithAncestorsAsync(db, [opened]);
        if (!places.TryGetValue(opened, out var place) || places.IsArchived(opened))
        {
            return null;
        }

        var beneath = db.ContentNodes.AsNoTracking().Where(n => n.ParentKey == opened && n.ArchivedAt == null);
        var total = await beneath.CountAsync();
        var pageCount = PageCountFor(total);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var children = await beneath
            .OrderBy(n => n.SortOrder)
            .ThenBy(n => n.UrlSegment)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .Select(n => new
            {
                Node = new NodePlace(n.Key, n.ParentKey, n.UrlSegment, n.DocumentTypeAlias, n.PublishedVersionId != null, n.ArchivedAt != null),
                Beneath = db.ContentNodes.Count(c => c.ParentKey == n.Key && c.ArchivedAt == null),
            })
            .ToListAsync();

        var trail = places.Chain(opened);
        var latest = await LatestVersionsAsync(db, [.. trail.Select(p => p.Key), .. children.Select(c => c.Node.Key)]);
        var openedPath = places.PathOf(opened);
        var rows = children
            .Where(c => latest.ContainsKey(c.Node.Key))
            .Select(c => new ContentListRow(Row(c.Node, trail.Count, Combine(openedPath, c.Node.UrlSegment), latest[c.Node.Key], archived: false), c.Beneath))
            .ToList();
        var trailRows = trail
            .Where(p => latest.ContainsKey(p.Key))
            .Select((p, depth) => Row(p, depth, places.PathOf(p.Key), latest[p.Key], archived: false))
            .ToList();
        return new ContentListPage(trailRows[^1], trailRows[..^1], rows, null, page, pageCount, total);
    }

    /// <summary>Every page, archived ones included, whose newest title has <paramref name="query"/> in it, by title.</summary>
    public static async Task<ContentListPage> SearchAsync(LocalOfferDbContext db, string query, int pageNumber)
    {
        var term = query.Trim();
        var lower = term.ToLowerInvariant();
        // One pass over the versions: the titles found are few enough to count and page here.
        var all = await LatestVersions(db.ContentVersions.Where(v => v.Name.ToLower().Contains(lower)), db)
            .Select(v => new LatestVersion(v.NodeKey, v.Number, v.Name, v.Review.State, v.OwnerOrganisation, v.ReviewBy))
            .ToListAsync();
        var total = all.Count;
        var pageCount = PageCountFor(total);
        var page = Math.Clamp(pageNumber, 1, pageCount);
        var found = all
            .OrderBy(v => v.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(v => v.NodeKey)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToList();

        var places = await WithAncestorsAsync(db, [.. found.Select(v => v.NodeKey)]);
        var beneath = await CountBeneathAsync(db, [.. found.Select(v => v.NodeKey)]);
        var rows = found
            .Where(v => places.ContainsKey(v.NodeKey))
            .Select(v => new ContentListRow(
                Row(places[v.NodeKey], places.Chain(v.NodeKey).Count - 1, places.PathOf(v.NodeKey), v, places.IsArchived(v.NodeKey)),
                beneath.GetValueOrDefault(v.NodeKey)))
            .ToList();
        return new ContentListPage(null, [], rows, term, page, pageCount, total);
    }

    private static int PageCountFor(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    private static string Combine(string parentPath, string segment) => parentPath == "/" ? "/" + segment : parentPath + "/" + segment;

    private static ContentTreeRow Row(NodePlace node, int depth, string path, LatestVersion version, bool archived) =>
        new(node.Key, node.ParentKey, depth, path, version.Name, node.DocumentType, node.IsPublished, version.State, version.Number, version.OwnerOrganisation, version.ReviewBy)
        {
            IsArchived = archived,
        };

    /// <summary>
    /// The newest of <paramref name="versions"/> for each page, the one the list describes; the
    /// (node, number) index answers it. Filter first: the check runs only on the versions left.
    /// </summary>
    private static IQueryable<ContentVersion> LatestVersions(IQueryable<ContentVersion> versions, LocalOfferDbContext db) =>
        versions.AsNoTracking()
            .Where(v => v.Number == db.ContentVersions.Where(other => other.NodeKey == v.NodeKey).Max(other => other.Number));

    private static async Task<Dictionary<Guid, LatestVersion>> LatestVersionsAsync(LocalOfferDbContext db, List<Guid> keys) =>
        await LatestVersions(db.ContentVersions.Where(v => keys.Contains(v.NodeKey)), db)
            .Select(v => new LatestVersion(v.NodeKey, v.Number, v.Name, v.Review.State, v.OwnerOrganisation, v.ReviewBy))
            .ToDictionaryAsync(v => v.NodeKey);

    private static async Task<Dictionary<Guid, int>> CountBeneathAsync(LocalOfferDbContext db, List<Guid> keys) =>
        await db.ContentNodes
            .Where(n => n.ParentKey != null && keys.Contains(n.ParentKey.Value) && n.ArchivedAt == null)
            .GroupBy(n => n.ParentKey!.Value)
            .Select(g => new { Key = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);

    /// <summary>The pages and all their ancestors: one command per level of the tree, for every page at once.</summary>
    private static async Task<Places> WithAncestorsAsync(LocalOfferDbContext db, List<Guid> keys)
    {
        var places = new Places();
        var wanted = keys.Distinct().ToList();
        for (var level = 0; wanted.Count > 0 && level < MaxDepth; level++)
        {
            var found = await db.ContentNodes.AsNoTracking()
                .Where(n => wanted.Contains(n.Key))
                .Select(n => new NodePlace(n.Key, n.ParentKey, n.UrlSegment, n.DocumentTypeAlias, n.PublishedVersionId != null, n.ArchivedAt != null))
                .ToListAsync();
            foreach (var node in found)
            {
                places[node.Key] = node;
            }

            wanted = [.. found.Where(n => n.ParentKey is { } parent && !places.ContainsKey(parent)).Select(n => n.ParentKey!.Value).Distinct()];
        }

        return places;
    }

    private sealed record NodePlace(Guid Key, Guid? ParentKey, string UrlSegment, string DocumentType, bool IsPublished, bool IsArchivedItself);

    private sealed record LatestVersion(Guid NodeKey, int Number, string Name, WorkflowState State, string OwnerOrganisation, DateOnly ReviewBy);

    /// <summary>Pages with their ancestors, enough to say where each is and whether it is in the archive.</summary>
    private sealed class Places : Dictionary<Guid, NodePlace>
    {
        /// <summary>The home page first, the page itself last.</summary>
        public List<NodePlace> Chain(Guid key)
        {
            var chain = new List<NodePlace>();
            for (var node = this.GetValueOrDefault(key); node is not null && chain.Count < MaxDepth; node = node.ParentKey is { } parent ? this.GetValueOrDefault(parent) : null)
            {
                chain.Add(node);
            }

            chain.Reverse();
            return chain;
        }

        public bool IsArchived(Guid key) => Chain(key).Any(n => n.IsArchivedItself);

        public string PathOf(Guid key) => "/" + string.Join('/', Chain(key).Skip(1).Select(n => n.UrlSegment));
    }
}
