using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Users;

/// <summary>
/// Administrators keep the list of partner organisations that own pages and employ authors: add,
/// rename (pages and accounts follow the new name) and retire (only when nothing uses it).
/// </summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class OrganisationsController(PartnerOrganisations organisations) : BackOfficeController
{
    private const string Root = "/editorial/organisations";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? done) => await ShowListAsync(new OrganisationForm(), done);

    [HttpPost(Root)]
    public async Task<IActionResult> Add(OrganisationForm form)
    {
        var result = await organisations.AddAsync(form.Name, User.ToEditor());
        if (result.Succeeded)
        {
            return Redirect(Root + "?done=added");
        }

        ModelState.AddModelError(nameof(OrganisationForm.Name), result.Problem!);
        return await ShowListAsync(form, null, StatusCodes.Status400BadRequest);
    }

    [HttpGet(Root + "/{id:int}/rename")]
    public async Task<IActionResult> Rename(int id)
    {
        var organisation = (await organisations.ListAsync()).SingleOrDefault(o => o.Id == id);
        return organisation is null ? NotFound() : await ShowRenameAsync(id, new OrganisationForm { Name = organisation.Name });
    }

    [HttpPost(Root + "/{id:int}/rename")]
    public async Task<IActionResult> Rename(int id, OrganisationForm form)
    {
        var result = await organisations.RenameAsync(id, form.Name, User.ToEditor());
        if (result.Succeeded)
        {
            return result.Organisation is null ? NotFound() : Redirect(Root + "?done=renamed");
        }

        ModelState.AddModelError(nameof(OrganisationForm.Name), result.Problem!);
        return await ShowRenameAsync(id, form, StatusCodes.Status400BadRequest);
    }

    [HttpPost(Root + "/{id:int}/retire")]
    public async Task<IActionResult> Retire(int id) => await OutcomeAsync(await organisations.RetireAsync(id, User.ToEditor()), "retired", $"retire-{id}");

    [HttpPost(Root + "/{id:int}/restore")]
    public async Task<IActionResult> Restore(int id) => await OutcomeAsync(await organisations.RestoreAsync(id, User.ToEditor()), "restored", $"restore-{id}");

    private async Task<IActionResult> OutcomeAsync(OrganisationChange result, string done, string errorKey)
    {
        if (result.Succeeded)
        {
            return result.Organisation is null ? NotFound() : Redirect($"{Root}?done={done}");
        }

        ModelState.AddModelError(errorKey, result.Problem!);
        return await ShowListAsync(new OrganisationForm(), null, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> ShowListAsync(OrganisationForm form, string? done, int status = StatusCodes.Status200OK)
    {
        var uses = await organisations.UsesAsync();
        var rows = (await organisations.ListAsync())
            .Select(o => new OrganisationRow(o.Id, o.Name, o.IsRetired, uses.GetValueOrDefault(o.Name) ?? new OrganisationUse(0, 0)))
            .OrderBy(r => r.Retired)
            .ToList();
        Response.StatusCode = status;
        ViewData["Title"] = "Partner organisations";
        return View("Organisations", new OrganisationsModel(rows, form, done));
    }

    private async Task<IActionResult> ShowRenameAsync(int id, OrganisationForm form, int status = StatusCodes.Status200OK)
    {
        var organisation = (await organisations.ListAsync()).SingleOrDefault(o => o.Id == id);
        if (organisation is null)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        ViewData["Title"] = "Rename " + organisation.Name;
        return View("OrganisationRename", new OrganisationRenameModel(id, organisation.Name, form, await organisations.UseAsync(organisation.Name)));
    }
}

public sealed class OrganisationForm
{
    public string? Name { get; set; }
}

public sealed record OrganisationRow(int Id, string Name, bool Retired, OrganisationUse Use);

public sealed record OrganisationsModel(IReadOnlyList<OrganisationRow> Rows, OrganisationForm Form, string? Done);

public sealed record OrganisationRenameModel(int Id, string CurrentName, OrganisationForm Form, OrganisationUse Use);
