using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.ServiceDirectory;

/// <summary>
/// The directory in the back office: any editor adds a service or saves a new draft of one and
/// submits it; the editorial board approves and publishes it (never the person who wrote it) or
/// sends it back with comments, reading the change side by side with what families see now.
/// Every step is audited. Service providers use it too, for their own organisations' services
/// only: they see no other listing, and the workflow refuses them anything else.
/// </summary>
[OpenToProviders]
public sealed class DirectoryEditorialController(LocalOfferDbContext db, DirectoryEditing editing, TimeProvider clock, IOptions<DirectoryOptions> options) : BackOfficeController
{
    public const string Root = "/editorial/directory";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? done)
    {
        var services = await db.DirectoryServices.AsNoTracking().ToListAsync();
        var latest = (await db.DirectoryServiceVersions.AsNoTracking()
                .Where(v => v.Number == db.DirectoryServiceVersions.Where(o => o.ServiceId == v.ServiceId).Max(o => o.Number))
                .ToListAsync())
            .ToDictionary(v => v.ServiceId);
        var editor = User.ToEditor();
        var rows = services.Where(s => latest.ContainsKey(s.Id) && WorkflowRules.ProviderMayChange(editor, latest[s.Id].Organisation).IsAllowed)
            .Select(s => new ServiceRow(s, latest[s.Id], s.PublishedVersionId is not null))
            .OrderBy(r => r.Latest.Review.State == WorkflowState.Approved ? 1 : 0).ThenBy(r => r.Latest.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        ViewData["Title"] = "Directory";
        return View("~/ServiceDirectory/Views/Editorial/Index.cshtml", new DirectoryEditorialIndexModel(rows, clock.UkToday(), options.Value.EvidenceValidMonths, done, editor));
    }

    [HttpGet(Root + "/new")]
    public IActionResult New()
    {
        var editor = User.ToEditor();
        return ShowForm(null, new ServiceForm
        {
            Status = ServiceStatus.Active.Slug(),
            ReviewBy = clock.UkToday().AddMonths(12).ToString("yyyy-MM-dd"),
            Organisation = editor.IsProvider ? editor.Provides.FirstOrDefault() : null,
            OwnerOrganisation = editor.Organisation,
        });
    }

    [HttpPost(Root + "/new")]
    public async Task<IActionResult> New(ServiceForm form)
    {
        var editor = User.ToEditor();
        if (editor.IsProvider)
        {
            // A provider keeps the listing they add, until the board hands it to someone else.
            form.OwnerOrganisation = form.Organisation;
        }

        var fill = Validate(form, editor);
        if (fill is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowForm(null, form);
        }

        var result = await editing.CreateAsync(fill, editor);
        return result.Succeeded ? Redirect($"{Root}/{result.Value!.Id}?done=created") : Outcome(result, "");
    }

    [HttpGet(Root + "/{id:guid}")]
    public async Task<IActionResult> Details(Guid id, string? done)
    {
        var service = await db.DirectoryServices.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (service is null)
        {
            return NotFound();
        }

        var versions = await db.DirectoryServiceVersions.AsNoTracking().Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).ToListAsync();
        if (WorkflowRules.ProviderMayChange(User.ToEditor(), versions[0].Organisation) is { IsAllowed: false } notTheirs)
        {
            return Refused(notTheirs.Reason);
        }

        ViewData["Title"] = versions[0].Name;
        return View("~/ServiceDirectory/Views/Editorial/Details.cshtml",
            new ServiceDetailsModel(service, versions, User.ToEditor(), clock.UkToday(), options.Value.EvidenceValidMonths, done));
    }

    [HttpGet(Root + "/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id)
    {
        var latest = await LatestAsync(id);
        if (latest is null)
        {
            return NotFound();
        }

        return WorkflowRules.ProviderMayChange(User.ToEditor(), latest.Organisation) is { IsAllowed: false } notTheirs
            ? Refused(notTheirs.Reason)
            : ShowForm(latest, ServiceForm.From(latest));
    }

    [HttpPost(Root + "/{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, ServiceForm form)
    {
        var latest = await LatestAsync(id);
        if (latest is null)
        {
            return NotFound();
        }

        var editor = User.ToEditor();
        if (WorkflowRules.ProviderMayChange(editor, latest.Organisation) is { IsAllowed: false } outOfReach)
        {
            return Refused(outOfReach.Reason);
        }

        form.OwnerOrganisation = Ownership.AsPosted(form.OwnerOrganisation, latest.OwnerOrganisation);
        var fill = Validate(form, editor);
        if (fill is not null && WorkflowRules.ChangeOwner(editor, latest.OwnerOrganisation, form.OwnerOrganisation!) is { IsAllowed: false } notTheirs)
        {
            ModelState.AddModelError(nameof(ServiceForm.OwnerOrganisation), notTheirs.Reason!);
            fill = null;
        }

        if (fill is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowForm(latest, form);
        }

        var result = await editing.SaveDraftAsync(id, form.BasedOn, fill, editor);
        if (result.Outcome == EditOutcome.Conflict)
        {
            // Nothing is lost: the form comes back as typed, with what happened.
            ModelState.AddModelError(nameof(ServiceForm.Name), result.Reason! + " Copy anything you need, then open the service again.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return ShowForm(result.Value!, form);
        }

        if (result.Outcome == EditOutcome.Refused)
        {
            // The board changed the owner while this author was typing: their text stays.
            ModelState.AddModelError(nameof(ServiceForm.OwnerOrganisation), result.Reason!);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return ShowForm(latest, form);
        }

        return Outcome(result, $"{Root}/{id}?done=saved");
    }

    [HttpPost(Root + "/{id:guid}/versions/{number:int}/submit")]
    public async Task<IActionResult> Submit(Guid id, int number) =>
        Outcome(await editing.SubmitAsync(new(id, number), User.ToEditor()), $"{Root}/{id}?done=submitted");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/{id:guid}/versions/{number:int}/approve")]
    public async Task<IActionResult> Approve(Guid id, int number, int? revision) =>
        Outcome(await editing.ApproveAsync(new(id, number), revision, User.ToEditor()), $"{Root}/{id}?done=published");

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost(Root + "/{id:guid}/versions/{number:int}/request-changes")]
    public async Task<IActionResult> RequestChanges(Guid id, int number, string? comment)
    {
        var result = await editing.RequestChangesAsync(new(id, number), User.ToEditor(), comment);
        if (result.Outcome == EditOutcome.Refused && string.IsNullOrWhiteSpace(comment) && await db.DirectoryServices.AnyAsync(s => s.Id == id))
        {
            // The one refusal the board can fix on the spot: show the page again with the error by the box.
            ModelState.AddModelError("comment", "Say what needs to change");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var versions = await db.DirectoryServiceVersions.AsNoTracking().Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).ToListAsync();
            ViewData["Title"] = "Error: " + versions[0].Name;
            var service = await db.DirectoryServices.AsNoTracking().SingleAsync(s => s.Id == id);
            return View("~/ServiceDirectory/Views/Editorial/Details.cshtml",
                new ServiceDetailsModel(service, versions, User.ToEditor(), clock.UkToday(), options.Value.EvidenceValidMonths, null));
        }

        return Outcome(result, $"{Root}/{id}?done=returned");
    }

    /// <summary>The form's own checks, and for a provider that the service stays with one of their organisations (an error by the field, so nothing typed is lost).</summary>
    private Action<ServiceVersion>? Validate(ServiceForm form, Editor editor)
    {
        var fill = form.Validate(ModelState, clock.UkToday());
        if (!string.IsNullOrWhiteSpace(form.Organisation) && WorkflowRules.ProviderMayChange(editor, form.Organisation) is { IsAllowed: false } notTheirs)
        {
            ModelState.AddModelError(nameof(ServiceForm.Organisation), notTheirs.Reason!);
            return null;
        }

        return fill;
    }

    private Task<ServiceVersion?> LatestAsync(Guid id) =>
        db.DirectoryServiceVersions.AsNoTracking().Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync();

    private ViewResult ShowForm(ServiceVersion? latest, ServiceForm form)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + (latest is null ? "Add a service" : $"Change {latest.Name}");
        return View("~/ServiceDirectory/Views/Editorial/Form.cshtml", new ServiceFormModel(latest, form, User.ToEditor()));
    }
}

public sealed record ServiceRow(DirectoryService Service, ServiceVersion Latest, bool IsPublished);

public sealed record DirectoryEditorialIndexModel(IReadOnlyList<ServiceRow> Rows, DateOnly Today, int EvidenceValidMonths, string? Done, Editor Editor);

public sealed record ServiceFormModel(ServiceVersion? Latest, ServiceForm Form, Editor Editor);

public sealed record ServiceDetailsModel(DirectoryService Service, IReadOnlyList<ServiceVersion> Versions, Editor Editor, DateOnly Today, int EvidenceValidMonths, string? Done)
{
    public ServiceVersion Latest => Versions[0];

    public ServiceVersion? Published => Versions.FirstOrDefault(v => v.Id == Service.PublishedVersionId);

    /// <summary>The newest version beside what families see now, when they differ: what the board approves.</summary>
    public ComparisonTable? Changes => Published is { } published && published.Id != Latest.Id
        ? new ComparisonTable(ServiceComparison.Compare(published, Latest), "What this version changes",
            ($"Published now (version {published.Number})", Saved(published)), ($"Version {Latest.Number}", Saved(Latest)))
        : null;

    private static string Saved(ServiceVersion version) =>
        $"saved by {version.CreatedBy}, {version.CreatedAt.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}";

    public SendFriendlyVerdict Evidence => SendFriendlyRule.Judge(Latest.Evidence, Today, EvidenceValidMonths);
}
