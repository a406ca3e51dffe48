using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.YouSaidWeDid;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.YouSaidWeDid;

/// <summary>
/// "You said – We did" in the back office: the board drafts entries (often from a theme in the
/// inbox), submits them, and another board member approves and publishes (four eyes).
/// </summary>
[Authorize(Policy = EditorialPolicies.Board)]
public sealed class YouSaidWeDidEditorialController(LocalOfferDbContext db, YouSaidWeDidEditing editing, FeedbackTopics topics, IPublishedPlanCache plan, TimeProvider clock) : BackOfficeController
{
    public const string Root = "/editorial/you-said-we-did";

    [HttpGet(Root)]
    public async Task<IActionResult> Index()
    {
        var entries = await db.YouSaidWeDidEntries.AsNoTracking().OrderByDescending(e => e.Id).ToListAsync();
        ViewData["Title"] = "You said – We did";
        return View("Editorial/Index", entries);
    }

    [HttpGet(Root + "/new")]
    public async Task<IActionResult> New(int? theme)
    {
        var form = new EntryForm { Outcome = EntryOutcome.Done.Slug(), Date = clock.UkToday().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        if (theme is { } themeId && await db.FeedbackThemes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == themeId) is { } found)
        {
            (form.Theme, form.YouSaid) = (found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), found.Name);
        }

        return await ShowFormAsync(null, form);
    }

    [HttpPost(Root + "/new")]
    public async Task<IActionResult> New(EntryForm form)
    {
        var content = await ValidateAsync(form);
        if (content is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowFormAsync(null, form);
        }

        var result = await editing.DraftAsync(content, User.ToEditor());
        return Outcome(result, $"{Root}/{result.Value?.Id}?done=drafted");
    }

    [HttpGet(Root + "/{id:int}")]
    public async Task<IActionResult> Entry(int id, string? done)
    {
        var entry = await db.YouSaidWeDidEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        var linked = await db.YouSaidWeDidFeedbackLinks.CountAsync(l => l.EntryId == id);
        ViewData["Title"] = $"You said – We did entry {id}";
        return View("Editorial/Entry", new EntryDetailsModel(entry, linked, await topics.AllAsync(), await db.FeedbackThemes.AsNoTracking().ToListAsync(), User.ToEditor(), done));
    }

    [HttpGet(Root + "/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var entry = await db.YouSaidWeDidEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        return entry is null ? NotFound() : await ShowFormAsync(entry, EntryForm.From(entry.Draft));
    }

    [HttpPost(Root + "/{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, EntryForm form)
    {
        var entry = await db.YouSaidWeDidEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        var content = await ValidateAsync(form);
        if (content is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowFormAsync(entry, form);
        }

        return Outcome(await editing.UpdateAsync(id, content, User.ToEditor()), $"{Root}/{id}?done=saved");
    }

    [HttpPost(Root + "/{id:int}/submit")]
    public async Task<IActionResult> Submit(int id) => Outcome(await editing.SubmitAsync(id, User.ToEditor()), $"{Root}/{id}?done=submitted");

    [HttpPost(Root + "/{id:int}/approve")]
    public async Task<IActionResult> Approve(int id, int? revision) =>
        Outcome(await editing.ApproveAsync(id, revision, User.ToEditor()), $"{Root}/{id}?done=published");

    [HttpPost(Root + "/{id:int}/request-changes")]
    public async Task<IActionResult> RequestChanges(int id, string? comment) =>
        Outcome(await editing.RequestChangesAsync(id, User.ToEditor(), comment), $"{Root}/{id}?done=returned");

    [HttpPost(Root + "/{id:int}/unpublish")]
    public async Task<IActionResult> Unpublish(int id) => Outcome(await editing.UnpublishAsync(id, User.ToEditor()), $"{Root}/{id}?done=unpublished");

    private async Task<EntryContent?> ValidateAsync(EntryForm form)
    {
        var topicIds = (await topics.AllAsync()).Select(t => t.Id).ToList();
        var themeIds = await db.FeedbackThemes.Select(t => t.Id).ToListAsync();
        return form.Validate(ModelState, topicIds, themeIds, plan.Current);
    }

    private async Task<IActionResult> ShowFormAsync(YouSaidWeDidEntry? entry, EntryForm form)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + (entry is null ? "New You said – We did entry" : $"Change entry {entry.Id}");
        return View("Editorial/Form", new EntryFormModel(entry, form, await topics.OfferedAsync(), await db.FeedbackThemes.AsNoTracking().OrderBy(t => t.Name).ToListAsync()));
    }
}

public sealed record EntryFormModel(YouSaidWeDidEntry? Entry, EntryForm Form, IReadOnlyList<FeedbackTopic> Topics, IReadOnlyList<FeedbackTheme> Themes);

public sealed record EntryDetailsModel(YouSaidWeDidEntry Entry, int LinkedFeedback, IReadOnlyList<FeedbackTopic> Topics, IReadOnlyList<FeedbackTheme> Themes, Editor Editor, string? Done);
