using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>A reason an account change was refused, and the form field it is about.</summary>
public sealed record AccountProblem(string Field, string Message);

public sealed record AccountChange(EditorAccount? Account, IReadOnlyList<AccountProblem> Problems)
{
    public bool Succeeded => Account is not null && Problems.Count == 0;

    public static AccountChange Refused(string field, string message) => new(null, [new(field, message)]);
}

/// <summary>What an administrator fills in for an account: who, which roles, which organisation.</summary>
public sealed record AccountDetails(string? Email, string? DisplayName, IReadOnlyList<string> Roles, string? Organisation);

/// <summary>
/// Administrators manage editorial accounts: create (the person then sets their own password from
/// a one-time link), change roles and organisation, disable and enable, unlock, reset two-factor.
/// Each change is one transaction with its audit entry. An administrator can neither disable
/// themselves nor take away their own Administrator role, so the site always keeps one.
/// </summary>
public sealed class AccountAdministration(LocalOfferDbContext db, UserManager<EditorAccount> users, TimeProvider clock)
{
    public const string EmailField = nameof(AccountDetails.Email);
    public const string DisplayNameField = nameof(AccountDetails.DisplayName);
    public const string RolesField = nameof(AccountDetails.Roles);
    public const string OrganisationField = nameof(AccountDetails.Organisation);
    public const int MaxDisplayNameLength = 100;

    private readonly AuditTrail audit = new(db, clock);

    public async Task<AccountChange> CreateAsync(AccountDetails details, Editor editor)
    {
        var email = details.Email?.Trim() ?? "";
        var problems = await DetailProblemsAsync(details, currentOrganisation: null);
        if (email.Length == 0)
        {
            problems.Insert(0, new(EmailField, "Enter the person’s email address"));
        }
        else if (email.Length > 256 || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            problems.Insert(0, new(EmailField, "Enter an email address in the correct format, like name@example.com"));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            problems.Insert(0, new(EmailField, "There is already an account with this email address"));
        }

        if (!editor.IsAdministrator)
        {
            problems.Insert(0, new(EmailField, "Only administrators can create accounts."));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var account = new EditorAccount
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = details.DisplayName!.Trim(),
            Organisation = details.Organisation?.Trim() ?? "",
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync();

        // No password: the person chooses one from the set-password link, so nobody else ever knows it.
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            return new(null, [.. created.Errors.Select(ToProblem)]);
        }

        var roles = await users.AddToRolesAsync(account, Roles(details));
        if (!roles.Succeeded)
        {
            return new(null, [.. roles.Errors.Select(ToProblem)]);
        }

        audit.Record(editor, AuditAction.Created, new AuditSubject(AuditCapability.Account, account.Id), $"{email}: {Describe(Roles(details), account.Organisation)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new(account, []);
    }

    /// <summary>Changes the display name, roles and organisation; the person's open sessions pick up new roles on their next request.</summary>
    public async Task<AccountChange> ChangeAsync(string id, AccountDetails details, Editor editor)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return new(null, []);
        }

        var problems = await DetailProblemsAsync(details, account.Organisation);
        var wanted = Roles(details);
        if (IsSelf(account, editor) && !wanted.Contains(EditorialRoles.Administrator))
        {
            problems.Add(new(RolesField, "You cannot remove your own Administrator role. Ask another administrator to do it"));
        }

        if (!editor.IsAdministrator)
        {
            problems.Insert(0, new(RolesField, "Only administrators can change accounts."));
        }

        if (problems.Count > 0)
        {
            return new(null, problems);
        }

        var current = await users.GetRolesAsync(account);
        await using var transaction = await db.Database.BeginTransactionAsync();
        account.DisplayName = details.DisplayName!.Trim();
        account.Organisation = details.Organisation?.Trim() ?? "";
        var steps = new[]
        {
            await users.UpdateAsync(account),
            await users.RemoveFromRolesAsync(account, current.Except(wanted)),
            await users.AddToRolesAsync(account, wanted.Except(current)),
        };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed)
        {
            return new(null, [.. failed.Errors.Select(ToProblem)]);
        }

        audit.Record(editor, AuditAction.Updated, new AuditSubject(AuditCapability.Account, account.Id), $"{account.Email}: {Describe(wanted, account.Organisation)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new(account, []);
    }

    /// <summary>Disabled accounts cannot sign in; changing the security stamp ends the sessions they already have.</summary>
    public Task<AccountChange> DisableAsync(string id, Editor editor) => ActAsync(id, editor, AuditAction.Disabled, async account =>
    {
        if (IsSelf(account, editor))
        {
            return "You cannot disable your own account. Ask another administrator to do it";
        }

        account.DisabledAt ??= clock.GetUtcNow();
        return Problem(await users.UpdateSecurityStampAsync(account));
    });

    public Task<AccountChange> EnableAsync(string id, Editor editor) => ActAsync(id, editor, AuditAction.Enabled, async account =>
    {
        account.DisabledAt = null;
        return Problem(await users.UpdateAsync(account));
    });

    /// <summary>Ends a lockout after too many wrong passwords or codes, and forgets the failed attempts.</summary>
    public Task<AccountChange> UnlockAsync(string id, Editor editor) => ActAsync(id, editor, AuditAction.Unlocked, async account =>
        Problem(await users.SetLockoutEndDateAsync(account, null)) ?? Problem(await users.ResetAccessFailedCountAsync(account)));

    /// <summary>For someone who lost their authenticator and recovery codes: they sign in with their password and enrol again.</summary>
    public Task<AccountChange> ResetTwoFactorAsync(string id, Editor editor) => ActAsync(id, editor, AuditAction.TwoFactorReset, async account =>
    {
        var problem = Problem(await users.SetTwoFactorEnabledAsync(account, false)) ?? Problem(await users.ResetAuthenticatorKeyAsync(account));
        if (problem is null)
        {
            // Old recovery codes must not work after a fresh enrolment.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
        }

        return problem;
    });

    /// <summary>
    /// A token for the set-password link. It works once: setting the password changes the
    /// account's security stamp, which every earlier token depends on. It expires as configured
    /// for Identity's data-protection tokens.
    /// </summary>
    public async Task<string?> SetPasswordTokenAsync(string id, Editor editor)
    {
        if (!editor.IsAdministrator || await users.FindByIdAsync(id) is not { } account || account.DisabledAt is not null)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(account);
        audit.Record(editor, AuditAction.SetPasswordLinkMade, new AuditSubject(AuditCapability.Account, account.Id), account.Email ?? "");
        await db.SaveChangesAsync();
        return token;
    }

    public static bool IsLockedOut(EditorAccount account, DateTimeOffset now) => account.LockoutEnd is { } end && end > now;

    private async Task<AccountChange> ActAsync(string id, Editor editor, AuditAction action, Func<EditorAccount, Task<string?>> change)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return new(null, []);
        }

        if (!editor.IsAdministrator)
        {
            return AccountChange.Refused(RolesField, "Only administrators can change accounts.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await change(account) is { } problem)
        {
            return AccountChange.Refused(RolesField, problem);
        }

        audit.Record(editor, action, new AuditSubject(AuditCapability.Account, account.Id), account.Email ?? "");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new(account, []);
    }

    private async Task<List<AccountProblem>> DetailProblemsAsync(AccountDetails details, string? currentOrganisation)
    {
        var problems = new List<AccountProblem>();
        var name = details.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new(DisplayNameField, "Enter the person’s name"));
        }
        else if (name.Length > MaxDisplayNameLength)
        {
            problems.Add(new(DisplayNameField, $"The name must be {MaxDisplayNameLength} characters or fewer"));
        }

        var roles = Roles(details);
        if (roles.Count == 0)
        {
            problems.Add(new(RolesField, "Select at least one role"));
        }

        var organisation = details.Organisation?.Trim() ?? "";
        if (organisation.Length == 0)
        {
            if (roles.Contains(EditorialRoles.Author))
            {
                problems.Add(new(OrganisationField, "Select the partner organisation an author writes for"));
            }
        }
        else if (organisation != currentOrganisation
            && !await db.PartnerOrganisations.AnyAsync(o => o.Name == organisation && o.RetiredAt == null))
        {
            problems.Add(new(OrganisationField, "Select an organisation from the list"));
        }

        return problems;
    }

    private static List<string> Roles(AccountDetails details) => [.. EditorialRoles.All.Where(details.Roles.Contains)];

    private static bool IsSelf(EditorAccount account, Editor editor) => string.Equals(account.UserName, editor.Id, StringComparison.OrdinalIgnoreCase);

    private static string Describe(IEnumerable<string> roles, string organisation) =>
        string.Join(", ", roles.Select(EditorialRoles.Label)) + (organisation.Length > 0 ? $"; {organisation}" : "");

    private static string? Problem(IdentityResult result) => result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));

    private static AccountProblem ToProblem(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => new(EmailField, "There is already an account with this email address"),
        "InvalidEmail" or "InvalidUserName" => new(EmailField, "Enter an email address using only letters, numbers and . _ - + @"),
        _ => new(EmailField, error.Description),
    };
}
