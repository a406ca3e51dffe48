using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Users;

/// <summary>
/// Administrators manage who can use the back office: create accounts (the person sets their own
/// password from a one-time link shown here once), change roles and organisation, disable and
/// enable, unlock, reset two-factor sign-in, mail a set-password link, and require two-factor
/// sign-in for a role. Privileged changes wait for a second administrator, who approves or
/// declines them here (see <see cref="AccountAdministration"/>).
/// </summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class UsersController(
    LocalOfferDbContext db,
    AccountAdministration administration,
    PartnerOrganisations organisations,
    Infrastructure.ServiceDirectory.DirectoryOrganisations providers,
    TwoFactorRequirement requirement,
    TimeProvider clock) : BackOfficeController
{
    private const string Root = "/editorial/users";

    [HttpGet(Root)]
    public async Task<IActionResult> Index(string? done) => await ShowListAsync(done);

    [HttpPost(Root + "/two-factor-requirement")]
    public async Task<IActionResult> RequireTwoFactor(List<string>? requiredRoles)
    {
        await requirement.SaveAsync(requiredRoles ?? [], User.ToEditor());
        return Redirect(Root + "?done=requirement");
    }

    [HttpGet(Root + "/new")]
    public async Task<IActionResult> New() => await ShowNewAsync(new UserForm());

    [HttpPost(Root + "/new")]
    public async Task<IActionResult> New(UserForm form)
    {
        var result = await administration.CreateAsync(form.ToDetails(), User.ToEditor());
        if (!result.Succeeded)
        {
            AddProblems(result);
            return await ShowNewAsync(form, StatusCodes.Status400BadRequest);
        }

        // Shown in this response only: the link is not kept anywhere the administrator could find it again.
        ViewData["Title"] = "Account created";
        return View("UserLink", new SetPasswordLinkModel(result.Account!, result.SetPasswordLink!.ToString(), result.AwaitingApproval));
    }

    [HttpGet(Root + "/{id:guid}")]
    public async Task<IActionResult> Details(string id, string? done)
    {
        if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id) is not { } account)
        {
            return NotFound();
        }

        return await ShowDetailsAsync(account, null, done);
    }

    [HttpPost(Root + "/{id:guid}")]
    public async Task<IActionResult> Details(string id, UserForm form)
    {
        var result = await administration.ChangeAsync(id, form.ToDetails(), User.ToEditor());
        return await OutcomeAsync(id, result, result.AwaitingApproval is null ? "changed" : "changed-awaiting", form);
    }

    [HttpPost(Root + "/{id:guid}/disable")]
    public async Task<IActionResult> Disable(string id) => await OutcomeAsync(id, await administration.DisableAsync(id, User.ToEditor()), "disabled", errorKey: "disable");

    [HttpPost(Root + "/{id:guid}/enable")]
    public async Task<IActionResult> Enable(string id) => await OutcomeAsync(id, await administration.EnableAsync(id, User.ToEditor()), "enabled");

    [HttpPost(Root + "/{id:guid}/unlock")]
    public async Task<IActionResult> Unlock(string id) => await OutcomeAsync(id, await administration.UnlockAsync(id, User.ToEditor()), "unlocked");

    [HttpPost(Root + "/{id:guid}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id)
    {
        var result = await administration.ResetTwoFactorAsync(id, User.ToEditor());
        return await OutcomeAsync(id, result, result.AwaitingApproval is null ? "two-factor-reset" : "awaiting");
    }

    [HttpPost(Root + "/{id:guid}/set-password-link")]
    public async Task<IActionResult> SetPasswordLink(string id)
    {
        if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id) is not { } account)
        {
            return NotFound();
        }

        var (outcome, _) = await administration.SendSetPasswordLinkAsync(id, User.ToEditor());
        if (outcome == SetPasswordLinkOutcome.Refused)
        {
            ModelState.AddModelError("set-password-link", "A disabled account cannot be sent a set-password link. Enable it first");
            return await ShowDetailsAsync(account, null, null, StatusCodes.Status400BadRequest);
        }

        return Redirect($"{Root}/{id}?done={(outcome == SetPasswordLinkOutcome.Mailed ? "link-mailed" : "awaiting")}");
    }

    /// <summary>A second administrator approves a privileged change; the requester cannot.</summary>
    [HttpPost(Root + "/changes/{changeId:guid}/approve")]
    public async Task<IActionResult> Approve(Guid changeId) => await DecideAsync(changeId, approve: true);

    /// <summary>Any administrator declines a privileged change; for the one who asked, that withdraws it.</summary>
    [HttpPost(Root + "/changes/{changeId:guid}/decline")]
    public async Task<IActionResult> Decline(Guid changeId) => await DecideAsync(changeId, approve: false);

    private async Task<IActionResult> DecideAsync(Guid changeId, bool approve)
    {
        var result = await administration.DecideAsync(changeId, approve, User.ToEditor());
        if (result.Account is null && result.Problems.Count == 0)
        {
            return NotFound();
        }

        var accountId = result.Account?.Id ?? (await db.PrivilegedChanges.AsNoTracking().SingleAsync(c => c.Id == changeId)).AccountId;
        return await OutcomeAsync(accountId, result, approve ? "approved" : "declined", errorKey: AccountAdministration.ApprovalField);
    }

    private async Task<IActionResult> OutcomeAsync(string id, AccountChange result, string done, UserForm? form = null, string? errorKey = null)
    {
        if (result.Succeeded)
        {
            return Redirect($"{Root}/{id}?done={done}");
        }

        if (await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id) is not { } account)
        {
            return NotFound();
        }

        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(errorKey ?? problem.Field, problem.Message);
        }

        return await ShowDetailsAsync(account, form, null, StatusCodes.Status400BadRequest);
    }

    private async Task<IActionResult> ShowListAsync(string? done)
    {
        var accounts = await db.Users.AsNoTracking().ToListAsync();
        var waiting = await administration.WaitingAsync();
        var roles = await AllRolesAsync();
        var required = await requirement.RequiredRolesAsync();
        var now = clock.GetUtcNow();
        var rows = accounts
            .Select(a => new UserRow(a, roles[a.Id].ToList(), AccountAdministration.IsLockedOut(a, now), roles[a.Id].Any(required.Contains) && !requirement.IsExempt(a.UserName)))
            .OrderBy(r => r.Account.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
        ViewData["Title"] = "Users";
        var names = accounts.ToDictionary(a => a.Id);
        return View("Users", new UsersModel(rows, required, done,
            [.. waiting.Where(c => names.ContainsKey(c.AccountId)).Select(c => new WaitingChange(c, names[c.AccountId], AccountAdministration.MayApprove(c, User.ToEditor(), names[c.AccountId])))]));
    }

    private async Task<IActionResult> ShowNewAsync(UserForm form, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        ViewData["Title"] = "Add a user";
        return View("UserNew", new UserFormModel(form, await organisations.ActiveNamesAsync(), await providers.NamesAsync()));
    }

    private async Task<IActionResult> ShowDetailsAsync(EditorAccount account, UserForm? form, string? done, int status = StatusCodes.Status200OK)
    {
        var roles = await RolesAsync(account.Id);
        form ??= new UserForm { DisplayName = account.DisplayName, Roles = [.. roles], Organisation = account.Organisation, Provides = [.. account.Provides] };
        var choices = (await organisations.ActiveNamesAsync()).ToList();
        if (account.Organisation.Length > 0 && !choices.Contains(account.Organisation))
        {
            choices.Add(account.Organisation);
        }

        var required = await requirement.RequiredRolesAsync();
        Response.StatusCode = status;
        ViewData["Title"] = account.DisplayName;
        var waiting = await administration.WaitingAsync(account.Id);
        return View("UserDetails", new UserDetailsModel(
            new UserRow(account, roles, AccountAdministration.IsLockedOut(account, clock.GetUtcNow()), roles.Any(required.Contains) && !requirement.IsExempt(account.UserName)),
            new UserFormModel(form, choices, [.. (await providers.NamesAsync()).Union(account.Provides, StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)]),
            string.Equals(account.UserName, User.Identity?.Name, StringComparison.OrdinalIgnoreCase),
            done,
            [.. waiting.Select(c => new WaitingChange(c, account, AccountAdministration.MayApprove(c, User.ToEditor(), account)))]));
    }

    private void AddProblems(AccountChange result)
    {
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }
    }

    // Roles are always listed in the order of EditorialRoles.All, whatever order the database returns them in.
    private async Task<IReadOnlyList<string>> RolesAsync(string id) =>
        InRoleOrder(await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync());

    private async Task<ILookup<string, string>> AllRolesAsync() =>
        (await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync())
            .OrderBy(x => RoleOrder(x.Name!))
            .ToLookup(x => x.UserId, x => x.Name!);

    private static List<string> InRoleOrder(IEnumerable<string> roles) => [.. roles.OrderBy(RoleOrder)];

    private static int RoleOrder(string role) => EditorialRoles.All.ToList().IndexOf(role);
}

/// <summary>What the user form posts; everything is kept as typed so a refused save loses nothing.</summary>
public sealed class UserForm
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public List<string> Roles { get; set; } = [];

    public string? Organisation { get; set; }

    /// <summary>Service providers: the directory organisations whose services they keep.</summary>
    public List<string> Provides { get; set; } = [];

    public AccountDetails ToDetails() => new(Email, DisplayName, Roles, Organisation, Provides);
}

public sealed record UserRow(EditorAccount Account, IReadOnlyList<string> Roles, bool IsLockedOut, bool TwoFactorRequired)
{
    public bool IsDisabled => Account.DisabledAt is not null;

    /// <summary>Created here and the set-password link not used yet.</summary>
    public bool AwaitingPassword => Account.PasswordHash is null;
}

/// <summary>A privileged change waiting for a second administrator, and whether the person looking may approve it.</summary>
public sealed record WaitingChange(PrivilegedChange Change, EditorAccount Account, bool MayApprove);

public sealed record UsersModel(IReadOnlyList<UserRow> Rows, IReadOnlyList<string> TwoFactorRequiredRoles, string? Done, IReadOnlyList<WaitingChange> Waiting);

/// <param name="DirectoryOrganisations">The organisations that run services in the directory, for linking a provider's account.</param>
public sealed record UserFormModel(UserForm Form, IReadOnlyList<string> Organisations, IReadOnlyList<string> DirectoryOrganisations);

public sealed record UserDetailsModel(UserRow User, UserFormModel Form, bool IsSelf, string? Done, IReadOnlyList<WaitingChange> Waiting);

/// <param name="AwaitingApproval">The roles asked for that wait for a second administrator, if any.</param>
public sealed record SetPasswordLinkModel(EditorAccount Account, string Link, PrivilegedChange? AwaitingApproval);
