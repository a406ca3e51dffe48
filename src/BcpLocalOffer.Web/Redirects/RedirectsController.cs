using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Infrastructure.Content.Redirects;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Redirects;

/// <summary>Administrators see every redirect (those moves and renames made, and their own) and add or remove them.</summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class RedirectsController(LocalOfferDbContext db, RedirectEditing editing, IPublishedContentCache cache) : BackOfficeController
{
    private const string Root = "/editorial/redirects";
    private const int PageSize = 50;

    [HttpGet(Root)]
    public async Task<IActionResult> Index([FromQuery(Name = "page")] int pageNumber = 1, string? done = null)
    {
        var total = await db.Redirects.CountAsync();
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(pageNumber, 1, pages);
        var redirects = await db.Redirects.AsNoTracking().OrderBy(r => r.FromPath).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        var snapshot = cache.Current;
        var rows = redirects.Select(r => new RedirectRow(r, Target(r, tree, snapshot))).ToList();
        ViewData["Title"] = "Redirects";
        return View("Redirects", new RedirectsModel(rows, total, page, pages, done));
    }

    [HttpGet(Root + "/new")]
    public IActionResult New() => ShowNew(new RedirectForm());

    [HttpPost(Root + "/new")]
    public async Task<IActionResult> New(RedirectForm form)
    {
        var result = await editing.AddAsync(form.FromPath, form.ToPath, User.ToEditor());
        if (result.Succeeded)
        {
            return Redirect($"{Root}?done=added");
        }

        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return ShowNew(form);
    }

    [HttpGet(Root + "/{id:long}/remove")]
    public async Task<IActionResult> Remove(long id)
    {
        var redirect = await db.Redirects.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (redirect is null)
        {
            return NotFound();
        }

        var tree = new ContentTree(await db.ContentNodes.AsNoTracking().ToListAsync());
        ViewData["Title"] = "Remove the redirect from " + redirect.FromPath;
        return View("RedirectRemove", new RedirectRow(redirect, Target(redirect, tree, cache.Current)));
    }

    [HttpPost(Root + "/{id:long}/remove")]
    public async Task<IActionResult> RemoveConfirmed(long id) =>
        await editing.RemoveAsync(id, User.ToEditor()) ? Redirect($"{Root}?done=removed") : NotFound();

    private ViewResult ShowNew(RedirectForm form)
    {
        ViewData["Title"] = "Add a redirect";
        return View("RedirectNew", form);
    }

    private static RedirectTarget Target(Redirect redirect, ContentTree tree, PublishedContentSnapshot snapshot) => redirect.ToNodeKey switch
    {
        { } key when snapshot.FindByKey(key) is { } page => new(page.Path, true, null),
        { } key when tree.Find(key) is not null => new(tree.PathOf(key), false, tree.IsArchived(key) ? "archived" : "not published"),
        { } => new("a page that no longer exists", false, null),
        _ => new(redirect.ToPath!, true, null),
    };
}

public sealed class RedirectForm
{
    public string? FromPath { get; set; }

    public string? ToPath { get; set; }
}

/// <summary>Where a redirect sends people now; <paramref name="Live"/> is false when it ends at a 404.</summary>
public sealed record RedirectTarget(string Path, bool Live, string? Note);

public sealed record RedirectRow(Redirect Redirect, RedirectTarget Target);

public sealed record RedirectsModel(IReadOnlyList<RedirectRow> Rows, int Total, int Page, int Pages, string? Done);
