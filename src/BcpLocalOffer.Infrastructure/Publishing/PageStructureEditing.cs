using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Content.Redirects;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Where pages sit: move, reorder, change the URL, archive and restore. Each is one transaction
/// with its audit entry. A change to a published page's URL keeps every old public URL working
/// with a 301, and the public site (published cache, output cache, redirects) changes at once.
/// </summary>
public sealed class PageStructureEditing(
    LocalOfferDbContext db,
    PublishedCacheLoader publishedCache,
    RedirectCacheLoader redirectCache,
    IPublishedContentCache published,
    TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<EditResult<ContentNode>> MoveAsync(Guid key, Guid newParentKey, Editor editor)
    {
        if (StructureRules.Restructure(editor) is { IsAllowed: false } notAllowed)
        {
            return EditResult<ContentNode>.Refused(notAllowed.Reason!);
        }

        var tree = await LoadTreeAsync();
        if (tree.Find(key) is not { } node || tree.Find(newParentKey) is not { } parent)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (StructureRules.Move(node, parent, tree) is { IsAllowed: false } refused)
        {
            return EditResult<ContentNode>.Refused(refused.Reason!);
        }

        var oldPath = tree.PathOf(key);
        var newPath = tree.PathOf(parent.Key).TrimEnd('/') + "/" + node.UrlSegment;
        var newPublicPath = published.Current.FindByKey(parent.Key) is { } publicParent
            ? publicParent.Path.TrimEnd('/') + "/" + node.UrlSegment
            : null;
        var redirects = await RedirectOldUrlsAsync(tree.SubtreeOf(key), newPublicPath, editor);

        var siblings = tree.ChildrenOf(parent.Key);
        node.ParentKey = parent.Key;
        node.SortOrder = siblings.Count == 0 ? 10 : siblings.Max(s => s.SortOrder) + 10;
        audit.Record(editor, AuditAction.Moved, AuditSubject.Page(key), $"From {oldPath} to {newPath}{RedirectNote(redirects)}");
        await db.SaveChangesAsync();
        await RefreshAsync(node, redirects);
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>Moves the page one place up (-1) or down (+1) among the pages beside it.</summary>
    public async Task<EditResult<ContentNode>> ReorderAsync(Guid key, int offset, Editor editor)
    {
        if (StructureRules.Restructure(editor) is { IsAllowed: false } notAllowed)
        {
            return EditResult<ContentNode>.Refused(notAllowed.Reason!);
        }

        var tree = await LoadTreeAsync();
        if (tree.Find(key) is not { } node)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (node.ParentKey is not { } parentKey || tree.IsArchived(key))
        {
            return EditResult<ContentNode>.Refused("Only a page in the site, below the home page, can be moved up or down.");
        }

        var siblings = tree.ChildrenOf(parentKey).Where(s => s.ArchivedAt is null).ToList();
        var from = siblings.IndexOf(node);
        var to = from + Math.Sign(offset);
        if (to < 0 || to >= siblings.Count)
        {
            return EditResult<ContentNode>.Refused(offset < 0 ? "The page is already first." : "The page is already last.");
        }

        (siblings[from], siblings[to]) = (siblings[to], siblings[from]);

        // Renumbering all of them (rather than swapping two numbers) also repairs equal sort orders.
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].SortOrder = (i + 1) * 10;
        }

        audit.Record(editor, AuditAction.Reordered, AuditSubject.Page(key), $"Moved {(offset < 0 ? "up" : "down")} to place {to + 1} of {siblings.Count}");
        await db.SaveChangesAsync();
        await RefreshAsync(node, 0);
        return EditResult<ContentNode>.Done(node);
    }

    public async Task<EditResult<ContentNode>> ChangeUrlSegmentAsync(Guid key, string segment, Editor editor)
    {
        if (StructureRules.Restructure(editor) is { IsAllowed: false } notAllowed)
        {
            return EditResult<ContentNode>.Refused(notAllowed.Reason!);
        }

        var tree = await LoadTreeAsync();
        if (tree.Find(key) is not { } node)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (node.ParentKey is not { } parentKey)
        {
            return EditResult<ContentNode>.Refused("The home page's address is always /.");
        }

        if (!UrlSegment.IsValid(segment))
        {
            return EditResult<ContentNode>.Refused($"Use only lower-case letters, numbers and single hyphens between words, {UrlSegment.MaxLength} characters at most.");
        }

        if (segment == node.UrlSegment)
        {
            return EditResult<ContentNode>.Refused("That is already the page's URL. Enter a different one.");
        }

        if (tree.ChildrenOf(parentKey).FirstOrDefault(s => s.UrlSegment == segment) is { } taken)
        {
            // An archived page keeps its address, so restoring it never has to take a new one.
            return EditResult<ContentNode>.Refused(
                $"There is already {(taken.ArchivedAt is null ? "a page" : "an archived page")} at {tree.PathOf(parentKey).TrimEnd('/')}/{segment}. Choose another URL.");
        }

        var oldPath = tree.PathOf(key);
        var newPublicPath = published.Current.FindByKey(parentKey) is { } publicParent ? publicParent.Path.TrimEnd('/') + "/" + segment : null;
        var redirects = await RedirectOldUrlsAsync(tree.SubtreeOf(key), newPublicPath, editor);
        node.UrlSegment = segment;
        audit.Record(editor, AuditAction.UrlChanged, AuditSubject.Page(key), $"From {oldPath} to {tree.PathOf(parentKey).TrimEnd('/')}/{segment}{RedirectNote(redirects)}");
        await db.SaveChangesAsync();
        await RefreshAsync(node, redirects);
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>
    /// Takes the page and everything beneath it off the site and out of the tree, keeping every
    /// version: archiving is this product's delete, and it can be undone.
    /// </summary>
    public async Task<EditResult<ContentNode>> ArchiveAsync(Guid key, Editor editor)
    {
        if (StructureRules.Restructure(editor) is { IsAllowed: false } notAllowed)
        {
            return EditResult<ContentNode>.Refused(notAllowed.Reason!);
        }

        var tree = await LoadTreeAsync();
        if (tree.Find(key) is not { } node)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (node.ParentKey is null)
        {
            return EditResult<ContentNode>.Refused("The home page cannot be archived.");
        }

        if (tree.IsArchived(key))
        {
            return EditResult<ContentNode>.Refused("This page is already archived.");
        }

        var subtree = tree.SubtreeOf(key);
        var wasPublic = subtree.Any(n => n.PublishedVersionId is not null);
        node.ArchivedAt = clock.GetUtcNow();
        node.ArchivedBy = editor.Id;
        var names = await LatestNamesAsync(subtree);
        foreach (var page in subtree)
        {
            page.PublishedVersionId = null;
            audit.Record(editor, AuditAction.Archived, AuditSubject.Page(page.Key), page == node
                ? $"{names[page.Key]}, with {subtree.Count - 1} page(s) beneath it"
                : $"{names[page.Key]}, archived with {names[key]}");
        }

        await db.SaveChangesAsync();
        if (wasPublic)
        {
            await publishedCache.RefreshAsync();
        }

        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>
    /// Puts an archived page back where it was, with what was archived with it, as unpublished
    /// drafts: they go through review again before families see them.
    /// </summary>
    public async Task<EditResult<ContentNode>> RestoreAsync(Guid key, Editor editor)
    {
        if (StructureRules.Restructure(editor) is { IsAllowed: false } notAllowed)
        {
            return EditResult<ContentNode>.Refused(notAllowed.Reason!);
        }

        var tree = await LoadTreeAsync();
        if (tree.Find(key) is not { } node)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (node.ArchivedAt is null)
        {
            return EditResult<ContentNode>.Refused(tree.IsArchived(key)
                ? "This page was archived with the page above it. Restore that page instead."
                : "This page is not archived.");
        }

        if (node.ParentKey is not { } parentKey || tree.Find(parentKey) is not { } parent)
        {
            return EditResult<ContentNode>.Refused("The page it was beneath no longer exists, so it cannot be put back.");
        }

        if (tree.IsArchived(parentKey))
        {
            var parentName = (await LatestNamesAsync([parent]))[parentKey];
            return EditResult<ContentNode>.Refused($"The page it was beneath, {parentName}, is archived too. Restore that page first.");
        }

        node.ArchivedAt = null;
        node.ArchivedBy = null;
        var subtree = tree.SubtreeOf(key, skipArchived: true);
        var keys = subtree.Select(n => n.Key).ToList();
        var latest = (await db.ContentVersions.AsNoTracking().Where(v => keys.Contains(v.NodeKey)).ToListAsync())
            .GroupBy(v => v.NodeKey)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!);
        var now = clock.GetUtcNow();
        foreach (var page in subtree)
        {
            var version = latest[page.Key];

            // An approved version can be neither submitted nor approved again; a new draft puts the
            // page back into the workflow, so publishing it again takes a review like any change.
            if (version.Review.State == WorkflowState.Approved)
            {
                var draft = version.CopyAsNext(version.Number + 1, editor.Id, now);
                db.ContentVersions.Add(draft);
                version = draft;
            }

            audit.Record(editor, AuditAction.Restored, AuditSubject.Page(page.Key, version.Number), $"{version.Name}, as an unpublished draft");
        }

        await db.SaveChangesAsync();
        return EditResult<ContentNode>.Done(node);
    }

    private async Task<ContentTree> LoadTreeAsync() => new(await db.ContentNodes.ToListAsync());

    private async Task<Dictionary<Guid, string>> LatestNamesAsync(IReadOnlyList<ContentNode> nodes)
    {
        var keys = nodes.Select(n => n.Key).ToList();
        return (await db.ContentVersions.AsNoTracking().Where(v => keys.Contains(v.NodeKey)).Select(v => new { v.NodeKey, v.Number, v.Name }).ToListAsync())
            .GroupBy(v => v.NodeKey)
            .ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Name);
    }

    /// <summary>
    /// Every public URL the pages have now becomes a redirect to the page by key, so it follows the
    /// page through later moves without chains. Redirects from the URLs the pages are about to have
    /// are dropped: a page there wins anyway, and the list should not say otherwise.
    /// </summary>
    private async Task<int> RedirectOldUrlsAsync(IReadOnlyList<ContentNode> subtree, string? newPublicRootPath, Editor editor)
    {
        var snapshot = published.Current;
        if (snapshot.FindByKey(subtree[0].Key) is not { } root)
        {
            return 0;
        }

        var keys = subtree.Select(n => n.Key).ToHashSet();
        var oldPages = snapshot.Pages.Where(p => keys.Contains(p.Key)).ToList();
        var oldPaths = oldPages.ToDictionary(p => LocalPath.Normalise(p.Path), p => p.Key);
        var newPaths = newPublicRootPath is null
            ? []
            : oldPages.Select(p => LocalPath.Normalise(newPublicRootPath + p.Path[root.Path.Length..])).ToHashSet();
        var affected = oldPaths.Keys.Concat(newPaths).ToList();
        var existing = await db.Redirects.Where(r => affected.Contains(r.FromPath)).ToDictionaryAsync(r => r.FromPath);
        var now = clock.GetUtcNow();
        foreach (var (path, key) in oldPaths)
        {
            if (!existing.TryGetValue(path, out var redirect))
            {
                redirect = new Redirect { FromPath = path };
                db.Redirects.Add(redirect);
            }

            redirect.ToNodeKey = key;
            redirect.ToPath = null;
            redirect.IsAutomatic = true;
            redirect.CreatedAt = now;
            redirect.CreatedBy = editor.Id;
        }

        foreach (var path in newPaths)
        {
            if (existing.TryGetValue(path, out var stale))
            {
                db.Redirects.Remove(stale);
            }
        }

        return oldPaths.Count;
    }

    private static string RedirectNote(int redirects) => redirects == 0 ? "" : $"; {redirects} old address(es) now redirect";

    private async Task RefreshAsync(ContentNode node, int redirects)
    {
        if (node.PublishedVersionId is not null || redirects > 0)
        {
            await publishedCache.RefreshAsync();
        }

        if (redirects > 0)
        {
            await redirectCache.RefreshAsync();
        }
    }
}
