using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>
/// The improvement plan in the back office: propose a status change to an action (any editor),
/// review and publish it (the board, never the person who drafted it), and gather published
/// changes into a quarterly report that the board publishes.
/// </summary>
public sealed class PlanEditorialController(LocalOfferDbContext db, StatusChangeEditing changes, QuarterlyReportEditing reports, IPublishedPlanCache cache) : BackOfficeController
{
    public const string Root = "/editorial/improvement-plan";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? done)
    {
        var open = (await db.PlanStatusChanges.AsNoTracking().Where(c => c.PublishedAt == null).ToListAsync())
            .OrderBy(c => c.ActionRef, RefComparer.Instance).ThenBy(c => c.Id).ToList();
        var unreported = await db.PlanStatusChanges.CountAsync(c => c.PublishedAt != null && c.QuarterlyReportId == null);
        ViewData["Title"] = "Improvement plan";
        return View("Editorial/Index", new PlanEditorialIndexModel(cache.Current, open, unreported, User.ToEditor(), done));
    }

    [HttpGet(Root + "/actions/{actionRef}")]
    public async Task<IActionResult> Action(string actionRef) =>
        await ShowActionAsync(actionRef, new StatusChangeForm()) ?? NotFound();

    [HttpPost(Root + "/actions/{actionRef}")]
    public async Task<IActionResult> Action(string actionRef, StatusChangeForm form)
    {
        if (Find(actionRef) is not { } action)
        {
            return NotFound();
        }

        var draft = form.Validate(ModelState);
        if (draft is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return (await ShowActionAsync(action.Ref, form))!;
        }

        var result = await changes.DraftAsync(action.Ref, draft, User.ToEditor());
        return result.Succeeded ? Redirect($"{Root}/changes/{result.Value!.Id}?done=drafted") : Outcome(result, "");
    }

    [HttpGet(Root + "/changes/{id:long}")]
    public async Task<IActionResult> Change(long id, string? done)
    {
        var change = await db.PlanStatusChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (change is null || Find(change.ActionRef) is not { } action)
        {
            return NotFound();
        }

        ViewData["Title"] = $"Status change to action {action.Ref}";
        return View("Editorial/Change", new PlanChangeModel(change, action, User.ToEditor(), done));
    }

    [HttpGet(Root + "/changes/{id:long}/edit")]
    public async Task<IActionResult> EditChange(long id)
    {
        var change = await db.PlanStatusChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        return change is null || Find(change.ActionRef) is not { } action ? NotFound() : ShowEditChange(change, action, StatusChangeForm.From(change, action));
    }

    [HttpPost(Root + "/changes/{id:long}/edit")]
    public async Task<IActionResult> EditChange(long id, StatusChangeForm form)
    {
        var change = await db.PlanStatusChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
        if (change is null || Find(change.ActionRef) is not { } action)
        {
            return NotFound();
        }

        var draft = form.Validate(ModelState);
        if (draft is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowEditChange(change, action, form);
        }

        return Outcome(await changes.UpdateAsync(id, draft, User.ToEditor()), $"{Root}/changes/{id}?done=saved");
    }

    [HttpPost(Root + "/changes/{id:long}/submit")]
    public async Task<IActionResult> SubmitChange(long id) =>
        Outcome(await changes.SubmitAsync(id, User.ToEditor()), $"{Root}/changes/{id}?done=submitted");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/changes/{id:long}/approve")]
    public async Task<IActionResult> ApproveChange(long id, int? revision) =>
        Outcome(await changes.ApproveAsync(id, revision, User.ToEditor()), $"{Root}/changes/{id}?done=published");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/changes/{id:long}/request-changes")]
    public async Task<IActionResult> RequestChangesToChange(long id, string? comment) =>
        Outcome(await changes.RequestChangesAsync(id, User.ToEditor(), comment), $"{Root}/changes/{id}?done=returned");

    [HttpGet(Root + "/reports")]
    public async Task<IActionResult> Reports(string? done)
    {
        var all = (await db.PlanQuarterlyReports.AsNoTracking().ToListAsync()).OrderByDescending(r => r.Id).ToList();
        ViewData["Title"] = "Quarterly reports";
        return View("Editorial/Reports", new PlanReportsModel(all, (await reports.UnreportedChangesAsync()).Count, User.ToEditor(), done));
    }

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpGet(Root + "/reports/new")]
    public async Task<IActionResult> NewReport() => await ShowReportFormAsync(null, new QuarterlyReportForm());

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/reports/new")]
    public async Task<IActionResult> NewReport(QuarterlyReportForm form)
    {
        if (!form.Validate(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowReportFormAsync(null, form);
        }

        var result = await reports.DraftAsync(form.Title!, form.Summary!, User.ToEditor());
        return result.Succeeded ? Redirect($"{Root}/reports/{result.Value!.Id}?done=drafted") : Outcome(result, "");
    }

    [HttpGet(Root + "/reports/{id:long}")]
    public async Task<IActionResult> Report(long id, string? done)
    {
        var report = await db.PlanQuarterlyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        ViewData["Title"] = report.Title;
        return View("Editorial/Report", new PlanReportDetailsModel(report, await GatheredAsync(report), User.ToEditor(), done));
    }

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpGet(Root + "/reports/{id:long}/edit")]
    public async Task<IActionResult> EditReport(long id)
    {
        var report = await db.PlanQuarterlyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        return report is null ? NotFound() : await ShowReportFormAsync(report, new QuarterlyReportForm { Title = report.Title, Summary = report.Summary });
    }

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/reports/{id:long}/edit")]
    public async Task<IActionResult> EditReport(long id, QuarterlyReportForm form)
    {
        var report = await db.PlanQuarterlyReports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return NotFound();
        }

        if (!form.Validate(ModelState))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowReportFormAsync(report, form);
        }

        return Outcome(await reports.UpdateAsync(id, form.Title!, form.Summary!, User.ToEditor()), $"{Root}/reports/{id}?done=saved");
    }

    [HttpPost(Root + "/reports/{id:long}/submit")]
    public async Task<IActionResult> SubmitReport(long id) =>
        Outcome(await reports.SubmitAsync(id, User.ToEditor()), $"{Root}/reports/{id}?done=submitted");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/reports/{id:long}/approve")]
    public async Task<IActionResult> ApproveReport(long id, int? revision) =>
        Outcome(await reports.ApproveAsync(id, revision, User.ToEditor()), $"{Root}/reports/{id}?done=published");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/reports/{id:long}/request-changes")]
    public async Task<IActionResult> RequestChangesToReport(long id, string? comment) =>
        Outcome(await reports.RequestChangesAsync(id, User.ToEditor(), comment), $"{Root}/reports/{id}?done=returned");

    private PublishedAction? Find(string actionRef) => actionRef.Length > PlanAction.MaxRefLength ? null : cache.Current.FindAction(actionRef);

    private async Task<IActionResult?> ShowActionAsync(string actionRef, StatusChangeForm form)
    {
        if (Find(actionRef) is not { } action)
        {
            return null;
        }

        form.PlainTitle ??= action.PlainTitle;
        var pending = (await db.PlanStatusChanges.AsNoTracking().Where(c => c.ActionRef == action.Ref && c.PublishedAt == null).ToListAsync())
            .OrderByDescending(c => c.Id).ToList();
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + action.NameWithRef;
        return View("Editorial/Action", new PlanEditorialActionModel(action, cache.Current.FindArea(action.AreaNumber)!, pending, form));
    }

    private ViewResult ShowEditChange(StatusChange change, PublishedAction action, StatusChangeForm form)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + $"Change the draft for {action.NameWithRef}";
        return View("Editorial/ChangeEdit", new PlanChangeEditModel(change, action, form));
    }

    private async Task<IActionResult> ShowReportFormAsync(QuarterlyReport? report, QuarterlyReportForm form)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + (report is null ? "Start a quarterly update" : "Change the quarterly report");
        return View("Editorial/ReportForm", new PlanReportFormModel(report, form, report is null ? await reports.UnreportedChangesAsync() : await GatheredAsync(report)));
    }

    /// <summary>A published report's own changes; for a report not yet published, what it would gather now.</summary>
    private async Task<IReadOnlyList<StatusChange>> GatheredAsync(QuarterlyReport report) =>
        report.PublishedAt is null
            ? await reports.UnreportedChangesAsync()
            : [.. (await db.PlanStatusChanges.AsNoTracking().Where(c => c.QuarterlyReportId == report.Id).ToListAsync()).OrderBy(c => c.ActionRef, RefComparer.Instance)];
}

public sealed record PlanEditorialIndexModel(PublishedPlan Plan, IReadOnlyList<StatusChange> Open, int Unreported, Editor Editor, string? Done);

public sealed record PlanEditorialActionModel(PublishedAction Action, PublishedArea Area, IReadOnlyList<StatusChange> Pending, StatusChangeForm Form);

public sealed record PlanChangeModel(StatusChange Change, PublishedAction Action, Editor Editor, string? Done);

public sealed record PlanChangeEditModel(StatusChange Change, PublishedAction Action, StatusChangeForm Form);

public sealed record PlanReportsModel(IReadOnlyList<QuarterlyReport> Reports, int Unreported, Editor Editor, string? Done);

public sealed record PlanReportFormModel(QuarterlyReport? Report, QuarterlyReportForm Form, IReadOnlyList<StatusChange> Gathered);

public sealed record PlanReportDetailsModel(QuarterlyReport Report, IReadOnlyList<StatusChange> Changes, Editor Editor, string? Done);
