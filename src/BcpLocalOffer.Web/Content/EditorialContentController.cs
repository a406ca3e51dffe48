using System.Globalization;
using System.Security.Claims;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.BackOffice;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.Content;

/// <summary>The content tree, a page's versions and workflow, and the edit form.</summary>
public sealed class EditorialContentController(
    LocalOfferDbContext db,
    ContentEditing editing,
    Infrastructure.Coverage.LegalDuties duties) : BackOfficeController
{
    private const string Root = "/editorial/content";

    /// <summary>The content list: a page of the tree and the pages beneath it (the home page first), or a search by title.</summary>
    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? q, Guid? under, string? page)
    {
        ViewData["Title"] = "Content";
        ModelState.Clear();
        if (q?.Length > ContentListPage.MaxQueryLength)
        {
            ModelState.AddModelError("q", $"Search for {ContentListPage.MaxQueryLength} characters or fewer");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Editorial/ContentTree", ContentListPage.Refused(q));
        }

        // A page number that is not a number is a link someone mangled: show the first screen.
        var pageNumber = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        if (!string.IsNullOrWhiteSpace(q))
        {
            ViewData["Title"] = $"Pages matching ‘{q.Trim()}’";
            return View("Editorial/ContentTree", await ContentListPage.SearchAsync(db, q, pageNumber));
        }

        var list = await ContentListPage.BrowseAsync(db, under, pageNumber);
        if (list is null)
        {
            return NotFound();
        }

        if (under is not null)
        {
            ViewData["Title"] = $"Pages beneath {list.Opened!.Name}";
        }

        return View("Editorial/ContentTree", list);
    }

    [HttpGet(Root + "/{key:guid}")]
    public async Task<IActionResult> Details(Guid key, string? done)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key);
        if (node is null)
        {
            return NotFound();
        }

        var versions = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key).OrderByDescending(v => v.Number).ToListAsync();
        var rows = await ContentTreeRow.LoadAsync(db);
        var row = rows.Single(r => r.Key == key);
        ViewData["Title"] = versions[0].Name;
        return View("Editorial/ContentDetails", new ContentDetailsModel(row, versions, node.PublishedVersionId, User.ToEditor(), done));
    }

    [HttpGet(Root + "/{key:guid}/edit")]
    public async Task<IActionResult> Edit(Guid key)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key);
        var latest = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key).OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        if (node is null || latest is null)
        {
            return NotFound();
        }

        return ShowEdit(node, ContentEditForm.From(latest), latest.OwnerOrganisation);
    }

    [HttpPost(Root + "/{key:guid}/edit")]
    public async Task<IActionResult> Edit(Guid key, ContentEditForm form)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key);
        var owner = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key).OrderByDescending(v => v.Number).Select(v => v.OwnerOrganisation).FirstOrDefaultAsync();
        if (node is null || owner is null)
        {
            return NotFound();
        }

        var editor = User.ToEditor();
        var type = DocumentTypes.Get(node.DocumentTypeAlias);
        form.OwnerOrganisation = Ownership.AsPosted(form.OwnerOrganisation, owner);
        form.Validate(type, Organisations(), [.. duties.All.Select(d => d.Code)], ModelState);
        if (ModelState.IsValid && WorkflowRules.ChangeOwner(editor, owner, form.OwnerOrganisation!) is { IsAllowed: false } notTheirs)
        {
            ModelState.AddModelError(nameof(ContentEditForm.OwnerOrganisation), notTheirs.Reason!);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowEdit(node, form, owner);
        }

        var result = await editing.SaveDraftAsync(key, form.BasedOnVersion, form.ApplyTo, editor);
        if (result.Outcome == EditOutcome.Conflict)
        {
            // The editor's text stays in the form; they see whose version got there first.
            Response.StatusCode = StatusCodes.Status409Conflict;
            ModelState.AddModelError(nameof(ContentEditForm.Name), result.Reason + " Your changes are below and have not been saved: copy anything you need, then open the page again.");
            return ShowEdit(node, form with { ConflictingVersion = result.Value }, owner);
        }

        if (result.Outcome == EditOutcome.Refused)
        {
            // The board changed the owner while this author was typing: their text stays.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            ModelState.AddModelError(nameof(ContentEditForm.OwnerOrganisation), result.Reason!);
            return ShowEdit(node, form, owner);
        }

        return result.Succeeded ? Redirect($"{Root}/{key}?done=saved") : NotFound();
    }

    [HttpGet(Root + "/new")]
    public async Task<IActionResult> New(Guid parent)
    {
        var parentNode = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == parent);
        if (parentNode is null)
        {
            return NotFound();
        }

        return ShowNew(parentNode, new NewPageForm { Parent = parent });
    }

    [HttpPost(Root + "/new")]
    public async Task<IActionResult> New(NewPageForm form)
    {
        var parentNode = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == form.Parent);
        if (parentNode is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !DocumentTypes.Get(parentNode.DocumentTypeAlias).AllowsChild(form.DocumentType ?? ""))
        {
            if (ModelState.IsValid)
            {
                ModelState.AddModelError(nameof(NewPageForm.DocumentType), "Choose a kind of page that can go here");
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowNew(parentNode, form);
        }

        var result = await editing.CreatePageAsync(form.Parent, form.DocumentType!, form.Name!.Trim(), form.Summary!.Trim(), User.ToEditor());
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(NewPageForm.Name), result.Reason ?? "The page could not be created");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowNew(parentNode, form);
        }

        return Redirect($"{Root}/{result.Value!.Key}/edit");
    }

    [HttpPost(Root + "/{key:guid}/versions/{number:int}/submit")]
    public async Task<IActionResult> Submit(Guid key, int number) =>
        Outcome(key, await editing.SubmitAsync(new(key, number), User.ToEditor()), "submitted");

    [HttpPost(Root + "/{key:guid}/versions/{number:int}/approve")]
    public async Task<IActionResult> Approve(Guid key, int number, int? revision, string? comment) =>
        Outcome(key, await editing.ApproveAsync(new(key, number), revision, User.ToEditor(), comment), "published");

    [HttpPost(Root + "/{key:guid}/versions/{number:int}/request-changes")]
    public async Task<IActionResult> RequestChanges(Guid key, int number, string? comment) =>
        Outcome(key, await editing.RequestChangesAsync(new(key, number), User.ToEditor(), comment), "returned");

    [HttpPost(Root + "/{key:guid}/versions/{number:int}/roll-back")]
    public async Task<IActionResult> RollBack(Guid key, int number) =>
        Outcome(key, await editing.RollBackAsync(key, number, User.ToEditor()), "rolled-back");

    [HttpPost(Root + "/{key:guid}/unpublish")]
    public async Task<IActionResult> Unpublish(Guid key) =>
        Outcome(key, await editing.UnpublishAsync(key, User.ToEditor()), "unpublished");

    private IActionResult Outcome<T>(Guid key, EditResult<T> result, string done) => Outcome(result, $"{Root}/{key}?done={done}");

    private ViewResult ShowEdit(ContentNode node, ContentEditForm form, string currentOwner)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "Edit " + form.Name;
        return View("Editorial/ContentEdit", new ContentEditModel(node.Key, DocumentTypes.Get(node.DocumentTypeAlias), form, Organisations(), User.ToEditor(), currentOwner, duties.All));
    }

    private ViewResult ShowNew(ContentNode parent, NewPageForm form)
    {
        ViewData["Title"] = "Add a page";
        var allowed = DocumentTypes.Get(parent.DocumentTypeAlias).AllowedChildTypes.Select(DocumentTypes.Get).ToList();
        return View("Editorial/ContentNew", new NewPageModel(form, allowed));
    }

    /// <summary>The partner organisations administrators keep (not retired): the owners a page can have.</summary>
    private IReadOnlyList<string> Organisations() =>
        [.. db.PartnerOrganisations.AsNoTracking().Where(o => o.RetiredAt == null).Select(o => o.Name).AsEnumerable().Order()];
}
