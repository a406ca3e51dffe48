using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Authorization;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>
/// The improvement plan for families, under /improvement-plan. Every page reads the published
/// plan in memory; none queries the database.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ImprovementPlanController(IPublishedPlanCache cache, TimeProvider clock) : Controller
{
    public const string Root = "/improvement-plan";

    [HttpGet(Root)]
    public IActionResult Overview()
    {
        ViewData["Title"] = "Our improvement plan: progress";
        ViewData["MetaDescription"] = "Progress on every action in our SEND improvement plan (written statement of action), area by area, updated every quarter.";
        return View(Model());
    }

    [HttpGet(Root + "/areas/{number:int}")]
    public IActionResult Area(int number)
    {
        var model = Model();
        if (model.Plan.FindArea(number) is not { } area)
        {
            return NotFound();
        }

        ViewData["Title"] = $"Area {area.Number}: {area.Title} – improvement plan";
        return View(new PlanAreaModel(model, area));
    }

    /// <summary>A focus area lives on its area's page; its own address (used in the plan's documents) leads there.</summary>
    [HttpGet(Root + "/focus-areas/{number:int}")]
    public IActionResult FocusArea(int number) =>
        cache.Current.AreaOfFocusArea(number) is { } area ? Redirect($"{Root}/areas/{area.Number}#focus-area-{number}") : NotFound();

    [HttpGet(Root + "/actions")]
    public IActionResult Actions(string? area, string? status, string? officer, string? overdue)
    {
        var model = Model();
        var errors = new Dictionary<string, string>();
        var filter = PlanFilter.Read(model.Plan, area, status, officer, overdue, errors);
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        ViewData["Title"] = errors.Count > 0 ? "Error: Find actions in the improvement plan" : "Find actions in the improvement plan";
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        var typed = new PlanFilterForm(area, status, officer, filter.OverdueOnly);
        var found = errors.Count > 0 ? [] : filter.Apply(model.Plan, model.Today).ToList();
        return View(new PlanActionsModel(model, typed, filter, found, errors.Count == 0));
    }

    [HttpGet(Root + "/actions/{actionRef}")]
    public IActionResult Action(string actionRef)
    {
        var model = Model();
        if (actionRef.Length > PlanAction.MaxRefLength || model.Plan.FindAction(actionRef) is not { } action)
        {
            return NotFound();
        }

        if (action.Ref != actionRef)
        {
            return RedirectPermanent($"{Root}/actions/{action.Ref}");
        }

        ViewData["Title"] = $"{action.NameWithRef} – improvement plan";
        return View(new PlanActionModel(model, model.Plan.FindArea(action.AreaNumber)!, action));
    }

    [HttpGet(Root + "/easy-read")]
    public IActionResult EasyRead()
    {
        ViewData["Title"] = "Our improvement plan: easy read";
        return View(Model());
    }

    [HttpGet(Root + "/quarterly-reports")]
    public IActionResult Reports()
    {
        ViewData["Title"] = "Quarterly progress reports – improvement plan";
        return View(Model());
    }

    [HttpGet(Root + "/quarterly-reports/{id:long}")]
    public IActionResult Report(long id)
    {
        var model = Model();
        if (model.Plan.FindReport(id) is not { } report)
        {
            return NotFound();
        }

        ViewData["Title"] = report.Title + " – improvement plan";
        return View(new PlanReportModel(model, report));
    }

    [HttpGet(Root + "/plan.csv")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ClientRateLimits.SearchAndApi)]
    public IActionResult CsvDownload()
    {
        var model = Model();
        return File(PlanOpenData.Csv(model.Plan, model.Today), "text/csv; charset=utf-8", "improvement-plan.csv");
    }

    [HttpGet(Root + "/plan.json")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ClientRateLimits.SearchAndApi)]
    public IActionResult JsonDownload()
    {
        var model = Model();
        return File(PlanOpenData.Json(model.Plan, model.Today), "application/json; charset=utf-8");
    }

    private PlanPageModel Model() => new(cache.Current, clock.UkToday());
}
