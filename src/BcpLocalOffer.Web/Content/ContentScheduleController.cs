using System.Globalization;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Content;

/// <summary>The board sets a page to publish or unpublish at a UK date and time, and can cancel it.</summary>
[Authorize(Policy = EditorialPolicies.Board)]
public sealed class ContentScheduleController(LocalOfferDbContext db, ContentScheduling scheduling, TimeProvider clock) : BackOfficeController
{
    private const string Root = "/editorial/content";

    [HttpGet(Root + "/{key:guid}/schedule")]
    public async Task<IActionResult> Index(Guid key) =>
        await ShowAsync(key, new ScheduleForm()) ?? NotFound();

    [HttpPost(Root + "/{key:guid}/schedule")]
    public async Task<IActionResult> Schedule(Guid key, ScheduleForm form)
    {
        var page = await LoadAsync(key);
        if (page is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var due = form.Validate(page.PublishableVersion?.Number, clock.GetUtcNow().UtcDateTime, ModelState);
        if (due is not null)
        {
            var action = form.Action == "publish" ? ScheduledAction.Publish : ScheduledAction.Unpublish;
            var result = await scheduling.ScheduleAsync(key, action, page.PublishableVersion?.Number, due.Value, User.ToEditor());
            if (result.Succeeded)
            {
                return Redirect($"{Root}/{key}/schedule?done=scheduled");
            }

            ModelState.AddModelError(nameof(ScheduleForm.Action), result.Reason ?? "The change could not be scheduled");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Show(page, form);
    }

    [HttpPost(Root + "/{key:guid}/schedule/{id:long}/cancel")]
    public async Task<IActionResult> Cancel(Guid key, long id)
    {
        var result = await scheduling.CancelAsync(key, id, User.ToEditor());
        if (result.Outcome == EditOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ViewData["Title"] = "You cannot do that";
            return View("~/BackOffice/Views/Refused.cshtml", result.Reason);
        }

        return Redirect($"{Root}/{key}/schedule?done=cancelled");
    }

    private async Task<IActionResult?> ShowAsync(Guid key, ScheduleForm form)
    {
        var page = await LoadAsync(key);
        return page is null ? null : Show(page, form);
    }

    private ViewResult Show(SchedulePage page, ScheduleForm form)
    {
        ViewData["Title"] = "Schedule changes to " + page.Latest.Name;
        return View("Editorial/ContentSchedule", page with { Form = form, Done = Request.Query["done"].FirstOrDefault() });
    }

    private async Task<SchedulePage?> LoadAsync(Guid key)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == key);
        if (node is null)
        {
            return null;
        }

        var latest = await db.ContentVersions.AsNoTracking().Where(v => v.NodeKey == key).OrderByDescending(v => v.Number).FirstAsync();
        var editor = User.ToEditor();
        var publishable = ScheduleRules.SchedulePublish(latest, editor, node.PublishedVersionId);
        return new SchedulePage(
            key,
            latest,
            publishable.IsAllowed ? latest : null,
            publishable.Reason,
            ScheduleRules.ScheduleUnpublish(editor, node.ParentKey is null).IsAllowed,
            await scheduling.PendingAsync(key),
            new ScheduleForm(),
            null);
    }
}

public sealed record SchedulePage(
    Guid Key,
    ContentVersion Latest,
    ContentVersion? PublishableVersion,
    string? WhyNotPublishable,
    bool CanUnpublish,
    IReadOnlyList<ScheduledChange> Pending,
    ScheduleForm Form,
    string? Done);

/// <summary>What the schedule form posts: what should happen, and when in UK time. Kept as typed.</summary>
public sealed class ScheduleForm
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d M yyyy"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "H:mm:ss"];

    public string? Action { get; set; }

    public string? Date { get; set; }

    public string? Time { get; set; }

    /// <summary>The UTC instant, or null with every problem added to <paramref name="errors"/>.</summary>
    public DateTime? Validate(int? publishableVersion, DateTime nowUtc, ModelStateDictionary errors)
    {
        if (Action is not ("publish" or "unpublish") || (Action == "publish" && publishableVersion is null))
        {
            errors.AddModelError(nameof(Action), "Select what should happen");
        }

        var hasDate = DateOnly.TryParseExact(Date?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        var hasTime = TimeOnly.TryParseExact(Time?.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time);
        if (!hasDate)
        {
            errors.AddModelError(nameof(Date), string.IsNullOrWhiteSpace(Date) ? "Enter the date" : "Enter a real date, for example 2027-03-31");
        }

        if (!hasTime)
        {
            errors.AddModelError(nameof(Time), string.IsNullOrWhiteSpace(Time) ? "Enter the time" : "Enter a real time on the 24-hour clock, for example 09:30");
        }

        if (!hasDate || !hasTime)
        {
            return null;
        }

        var due = UkTime.ToUtc(date, time);
        if (due is null)
        {
            errors.AddModelError(nameof(Time), "That time does not happen in the UK on that day, because the clocks go forward. Choose another time");
        }
        else if (due <= nowUtc)
        {
            errors.AddModelError(nameof(Date), "The date and time must be in the future");
        }

        return errors.IsValid ? due : null;
    }
}
