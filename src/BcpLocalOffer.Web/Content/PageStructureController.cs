using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// Where a page sits and what its address is: move, reorder, change the URL, archive and restore.
/// These change the public site at once, without an approval, so they are the board's.
/// </summary>
[Authorize(Policy = EditorialPolicies.Board)]
public sealed class PageStructureController(LocalOfferDbContext db, PageStructureEditing structure) : BackOfficeController
{
    private const string Root = "/editorial/content";

    [HttpGet(Root + "/{key:guid}/move")]
    public Task<IActionResult> Move(Guid key) => ShowMoveAsync(key, new MovePageForm());

    [HttpPost(Root + "/{key:guid}/move")]
    public async Task<IActionResult> Move(Guid key, MovePageForm form)
    {
        if (ModelState.IsValid && form.NewParent is { } parent)
        {
            var result = await structure.MoveAsync(key, parent, User.ToEditor());
            if (result.Outcome == Infrastructure.Publishing.EditOutcome.Done)
            {
                return Redirect($"{Root}/{key}?done=moved");
            }

            ModelState.AddModelError(nameof(MovePageForm.NewParent), result.Reason ?? "The page could not be moved there");
        }
        else
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(MovePageForm.NewParent), "Select where the page should go");
        }

        return await ShowMoveAsync(key, form, StatusCodes.Status400BadRequest);
    }

    [HttpPost(Root + "/{key:guid}/move-up")]
    public async Task<IActionResult> MoveUp(Guid key) => await ReorderAsync(key, -1);

    [HttpPost(Root + "/{key:guid}/move-down")]
    public async Task<IActionResult> MoveDown(Guid key) => await ReorderAsync(key, +1);

    [HttpGet(Root + "/{key:guid}/url")]
    public async Task<IActionResult> ChangeUrl(Guid key)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key);
        return node is null ? NotFound() : await ShowUrlAsync(key, new ChangeUrlForm { UrlSegment = node.UrlSegment });
    }

    [HttpPost(Root + "/{key:guid}/url")]
    public async Task<IActionResult> ChangeUrl(Guid key, ChangeUrlForm form)
    {
        var segment = form.UrlSegment?.Trim() ?? "";
        if (!UrlSegment.IsValid(segment))
        {
            ModelState.AddModelError(nameof(ChangeUrlForm.UrlSegment), segment.Length == 0
                ? "Enter the last part of the page's address"
                : $"Use only lower-case letters, numbers and single hyphens between words, like short-breaks, {UrlSegment.MaxLength} characters at most");
            return await ShowUrlAsync(key, form, StatusCodes.Status400BadRequest);
        }

        var result = await structure.ChangeUrlSegmentAsync(key, segment, User.ToEditor());
        if (result.Outcome == Infrastructure.Publishing.EditOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(ChangeUrlForm.UrlSegment), result.Reason!);
            return await ShowUrlAsync(key, form, StatusCodes.Status400BadRequest);
        }

        return Redirect($"{Root}/{key}?done=url-changed");
    }

    [HttpGet(Root + "/{key:guid}/archive")]
    public async Task<IActionResult> Archive(Guid key)
    {
        var rows = await ContentTreeRow.LoadAsync(db);
        if (rows.SingleOrDefault(r => r.Key == key) is not { } row)
        {
            return NotFound();
        }

        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        var beneath = tree.SubtreeOf(key).Skip(1).Select(n => n.Key).ToHashSet();
        ViewData["Title"] = "Archive " + row.Name;
        return View("Editorial/PageArchive", new ArchivePageModel(row, [.. rows.Where(r => beneath.Contains(r.Key))]));
    }

    [HttpPost(Root + "/{key:guid}/archive")]
    public async Task<IActionResult> ArchiveConfirmed(Guid key)
    {
        var result = await structure.ArchiveAsync(key, User.ToEditor());
        return result.Outcome switch
        {
            Infrastructure.Publishing.EditOutcome.Done => Redirect($"{Root}/archived?done=archived"),
            Infrastructure.Publishing.EditOutcome.NotFound => NotFound(),
            _ => Refused(result.Reason, StatusCodes.Status409Conflict),
        };
    }

    [HttpGet(Root + "/archived")]
    public async Task<IActionResult> Archived(string? done) => await ShowArchivedAsync(done);

    [HttpPost(Root + "/{key:guid}/restore")]
    public async Task<IActionResult> Restore(Guid key)
    {
        var result = await structure.RestoreAsync(key, User.ToEditor());
        if (result.Outcome == Infrastructure.Publishing.EditOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            // The list again, with why, next to the button that was pressed.
            ModelState.AddModelError(ArchivedPageRow.RestoreButtonId(key), result.Reason!);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await ShowArchivedAsync(null);
        }

        return Redirect($"{Root}/{key}?done=restored");
    }

    private async Task<IActionResult> ReorderAsync(Guid key, int offset)
    {
        var result = await structure.ReorderAsync(key, offset, User.ToEditor());
        return result.Outcome switch
        {
            Infrastructure.Publishing.EditOutcome.Done => Redirect($"{Root}/{key}?done=reordered"),
            Infrastructure.Publishing.EditOutcome.NotFound => NotFound(),
            _ => Refused(result.Reason, StatusCodes.Status409Conflict),
        };
    }

    private async Task<IActionResult> ShowMoveAsync(Guid key, MovePageForm form, int status = StatusCodes.Status200OK)
    {
        var rows = (await ContentTreeRow.LoadAsync(db)).ToDictionary(r => r.Key);
        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        if (tree.Find(key) is not { } node || !rows.TryGetValue(key, out var row))
        {
            return NotFound();
        }

        var places = StructureRules.PossibleParents(node, tree)
            .Select(p => rows[p.Key])
            .OrderBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => (p.Key.ToString(), $"{p.Name} ({p.Path})"))
            .ToList();
        Response.StatusCode = status;
        ViewData["Title"] = "Move " + row.Name;
        var parent = node.ParentKey is { } parentKey ? rows.GetValueOrDefault(parentKey) : null;
        return View("Editorial/PageMove", new MovePageModel(row, parent, places, form));
    }

    private async Task<IActionResult> ShowUrlAsync(Guid key, ChangeUrlForm form, int status = StatusCodes.Status200OK)
    {
        var rows = await ContentTreeRow.LoadAsync(db);
        if (rows.SingleOrDefault(r => r.Key == key) is not { } row)
        {
            return NotFound();
        }

        if (row.ParentKey is null)
        {
            return Refused("The home page's address is always /.", StatusCodes.Status409Conflict);
        }

        Response.StatusCode = status;
        ViewData["Title"] = "Change the URL of " + row.Name;
        var parentPath = rows.Single(r => r.Key == row.ParentKey).Path.TrimEnd('/');
        return View("Editorial/PageUrl", new ChangeUrlModel(row, parentPath, form));
    }

    private async Task<IActionResult> ShowArchivedAsync(string? done)
    {
        var rows = await ContentTreeRow.LoadAsync(db);
        var archived = await db.ContentNodes.AsNoTracking().Where(n => n.ArchivedAt != null).ToListAsync();
        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        var byKey = rows.ToDictionary(r => r.Key);
        var list = archived
            .Select(n => new ArchivedPageRow(byKey[n.Key], n.ArchivedAt!.Value, n.ArchivedBy ?? "", tree.SubtreeOf(n.Key).Count - 1))
            .OrderByDescending(r => r.ArchivedAt.UtcDateTime)
            .ToList();
        ViewData["Title"] = "Archived pages";
        return View("Editorial/ArchivedPages", new ArchivedPagesModel(list, done));
    }
}
