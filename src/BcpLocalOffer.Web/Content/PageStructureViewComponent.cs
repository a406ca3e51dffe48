using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// The part of a page's details about where it sits and when it was last reviewed, with the
/// board's actions: move, reorder, change the URL, archive or restore, mark as reviewed.
/// </summary>
public sealed class PageStructureViewComponent(LocalOfferDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid key)
    {
        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        var node = tree.Find(key)!;
        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key).Select(v => new { v.Id, v.Number, v.LastReviewed }).ToListAsync();
        var shown = versions.SingleOrDefault(v => v.Id == node.PublishedVersionId) ?? versions.MaxBy(v => v.Number)!;
        var siblings = node.ParentKey is { } parent ? tree.ChildrenOf(parent).Where(s => s.ArchivedAt is null).ToList() : [];
        var canRestructure = UserClaimsPrincipal.IsInRole(EditorialRoles.EditorialBoard);
        return View(new PageStructureModel(
            node,
            tree.IsArchived(key),
            shown.LastReviewed,
            siblings.IndexOf(node) + 1,
            siblings.Count,
            canRestructure));
    }
}

public sealed record PageStructureModel(ContentNode Node, bool IsArchived, DateOnly LastReviewed, int Position, int SiblingCount, bool CanRestructure)
{
    public bool IsHome => Node.ParentKey is null;

    public bool ArchivedWithPageAbove => IsArchived && Node.ArchivedAt is null;
}
