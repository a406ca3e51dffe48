using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Mail;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>A reason an account change was refused, and the form field it is about.</summary>
public sealed record AccountProblem(string Field, string Message);

/// <param name="AwaitingApproval">The part of the change that waits for a second administrator, if any.</param>
/// <param name="SetPasswordLink">For a new account only: its first set-password link, to show once.</param>
public sealed record AccountChange(EditorAccount? Account, IReadOnlyList<AccountProblem> Problems, PrivilegedChange? AwaitingApproval = null, Uri? SetPasswordLink = null)
{
    public bool Succeeded => Account is not null && Problems.Count == 0;

    public static AccountChange Refused(string field, string message) => new(null, [new(field, message)]);
}

/// <summary>What an administrator fills in for an account: who, which roles, which organisation, and for a provider which directory organisations.</summary>
public sealed record AccountDetails(string? Email, string? DisplayName, IReadOnlyList<string> Roles, string? Organisation, IReadOnlyList<string>? Provides = null);

/// <summary>What became of a request for a set-password link.</summary>
public enum SetPasswordLinkOutcome
{
    /// <summary>Mailed to the account's own address; never shown to the administrator.</summary>
    Mailed,

    /// <summary>The account is privileged and the site has another administrator, who must approve first.</summary>
    AwaitingApproval,

    /// <summary>The account is disabled, or the person asking is not an administrator.</summary>
    Refused,
}

/// <summary>
/// Administrators manage editorial accounts: create (the person then sets their own password from
/// a one-time link), change roles and organisation, disable and enable, unlock, reset two-factor.
/// Each change is one transaction with its audit entry. An administrator can neither disable
/// themselves nor take away their own Administrator role, so the site always keeps one.
/// <para>
/// No administrator can act as a colleague alone: a set-password link for an existing account goes
/// to that account's own address, never on screen; and granting the board or administrator role,
/// resetting a privileged account's two-factor sign-in or sending it a set-password link waits, where
/// the site has another active administrator, for that second administrator to approve
/// (<see cref="PrivilegedChange"/>), and every other administrator is told by mail.
/// </para>
/// </summary>
public sealed class AccountAdministration(LocalOfferDbContext db, UserManager<EditorAccount> users, IMailSender mail, IAccountLinks links, ServiceDirectory.DirectoryOrganisations directory, TimeProvider clock)
{
    public const string EmailField = nameof(AccountDetails.Email);
    public const string DisplayNameField = nameof(AccountDetails.DisplayName);
    public const string RolesField = nameof(AccountDetails.Roles);
    public const string OrganisationField = nameof(AccountDetails.Organisation);
    public const string ProvidesField = nameof(AccountDetails.Provides);
    public const string ApprovalField = "approval";
    public const int MaxDisplayNameLength = 100;

    private readonly AuditTrail audit = new(db, clock);

    public async Task<AccountChange> CreateAsync(AccountDetails details, Editor editor)
    {
        var email = details.Email?.Trim() ?? "";
        var problems = await DetailProblemsAsync(details, currentOrganisation: null, currentProvides: []);
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
            Provides = Provides(details),
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        var wanted = Roles(details);
        var others = await OtherAdministratorsAsync(editor);
        var held = others.Count > 0 ? [.. wanted.Except(EditorialRoles.Privileged)] : wanted;
        await using var transaction = await db.Database.BeginTransactionAsync();

        // No password: the person chooses one from the set-password link, so nobody else ever knows it.
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            return new(null, [.. created.Errors.Select(ToProblem)]);
        }

        var roles = await users.AddToRolesAsync(account, held);
        if (!roles.Succeeded)
        {
            return new(null, [.. roles.Errors.Select(ToProblem)]);
        }

        audit.Record(editor, AuditAction.Created, new AuditSubject(AuditCapability.Account, account.Id), $"{email}: {Describe(held, account)}");
        var request = RequestGrant(account, wanted.Except(held), editor);
        var token = await users.GeneratePasswordResetTokenAsync(account);
        audit.Record(editor, AuditAction.SetPasswordLinkMade, new AuditSubject(AuditCapability.Account, account.Id), $"{email}: shown once to the administrator who created the account");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await NotifyAsync(request, account, others);
        return new(account, [], request, links.SetPassword(account.Id, token));
    }

    /// <summary>Changes the display name, roles and organisation; the person's open sessions pick up new roles on their next request.</summary>
    public async Task<AccountChange> ChangeAsync(string id, AccountDetails details, Editor editor)
    {
        if (await users.FindByIdAsync(id) is not { } account)
        {
            return new(null, []);
        }

        var problems = await DetailProblemsAsync(details, account.Organisation, account.Provides);
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
        var others = await OtherAdministratorsAsync(editor);
        var granted = wanted.Except(current).Where(EditorialRoles.Privileged.Contains).ToList();
        var now = others.Count > 0 ? [.. wanted.Except(granted)] : wanted;
        await using var transaction = await db.Database.BeginTransactionAsync();
        account.DisplayName = details.DisplayName!.Trim();
        account.Organisation = details.Organisation?.Trim() ?? "";
        account.Provides = Provides(details);
        var steps = new[]
        {
            await users.UpdateAsync(account),
            await users.RemoveFromRolesAsync(account, current.Except(wanted)),
            await users.AddToRolesAsync(account, now.Except(current)),
        };
        if (steps.FirstOrDefault(s => !s.Succeeded) is { } failed)
        {
            return new(null, [.. failed.Errors.Select(ToProblem)]);
        }

        audit.Record(editor, AuditAction.Updated, new AuditSubject(AuditCapability.Account, account.Id), $"{account.Email}: {Describe(now, account)}");
        var request = others.Count > 0 ? RequestGrant(account, granted, editor) : null;
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await NotifyAsync(request, account, others);
        return new(account, [], request);
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

    /// <summary>
    /// For someone who lost their authenticator and recovery codes: they sign in with their password
    /// and enrol again. For a board member or administrator it waits for a second administrator.
    /// </summary>
    public async Task<AccountChange> ResetTwoFactorAsync(string id, Editor editor)
    {
        if (await users.FindByIdAsync(id) is { } account && await IsPrivilegedAsync(account)
            && await RequestAsync(account, PrivilegedChangeKind.TwoFactorReset, editor) is { } waiting)
        {
            return waiting;
        }

        return await ActAsync(id, editor, AuditAction.TwoFactorReset, ResetTwoFactorAsync);
    }

    /// <summary>
    /// Mails a new set-password link to the account's own address (for a board member or
    /// administrator, once a second administrator approves). A new link ends every earlier one and
    /// the account's sessions, as any password reset does; it works once, for 24 hours.
    /// </summary>
    public async Task<(SetPasswordLinkOutcome Outcome, PrivilegedChange? Request)> SendSetPasswordLinkAsync(string id, Editor editor)
    {
        if (!editor.IsAdministrator || await users.FindByIdAsync(id) is not { } account || account.DisabledAt is not null)
        {
            return (SetPasswordLinkOutcome.Refused, null);
        }

        if (await IsPrivilegedAsync(account) && await RequestAsync(account, PrivilegedChangeKind.SetPasswordLink, editor) is { } waiting)
        {
            return (SetPasswordLinkOutcome.AwaitingApproval, waiting.AwaitingApproval);
        }

        await MailSetPasswordLinkAsync(account, editor, requestedBy: null);
        return (SetPasswordLinkOutcome.Mailed, null);
    }

    /// <summary>The privileged changes waiting for a second administrator, oldest first.</summary>
    public async Task<IReadOnlyList<PrivilegedChange>> WaitingAsync(string? accountId = null)
    {
        var waiting = db.PrivilegedChanges.AsNoTracking().Where(c => c.DecidedAt == null);
        if (accountId is not null)
        {
            waiting = waiting.Where(c => c.AccountId == accountId);
        }

        // Ordered in memory: SQLite cannot order by a DateTimeOffset column.
        return [.. (await waiting.ToListAsync()).OrderBy(c => c.RequestedAt)];
    }

    /// <summary>How many waiting changes this administrator may approve: for the count beside Users in the back office.</summary>
    public async Task<int> WaitingForAsync(Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return 0;
        }

        var normalised = editor.Id.ToUpperInvariant();
        var waiting = await db.PrivilegedChanges.AsNoTracking().Where(c => c.DecidedAt == null)
            .Join(db.Users, c => c.AccountId, u => u.Id, (c, u) => new { c.RequestedBy, u.NormalizedUserName })
            .ToListAsync();
        return waiting.Count(c => c.NormalizedUserName != normalised && !string.Equals(c.RequestedBy, editor.Id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether this administrator may approve a waiting change: never one they asked for, nor one to their own account.</summary>
    public static bool MayApprove(PrivilegedChange change, Editor editor, EditorAccount account) =>
        editor.IsAdministrator
        && !string.Equals(change.RequestedBy, editor.Id, StringComparison.OrdinalIgnoreCase)
        && !IsSelf(account, editor);

    /// <summary>A second administrator approves a waiting change, which is then made exactly as asked, or declines it; the requester may withdraw it.</summary>
    public async Task<AccountChange> DecideAsync(Guid changeId, bool approve, Editor editor)
    {
        if (await db.PrivilegedChanges.SingleOrDefaultAsync(c => c.Id == changeId) is not { } change
            || await users.FindByIdAsync(change.AccountId) is not { } account)
        {
            return new(null, []);
        }

        if (change.DecidedAt is not null)
        {
            return AccountChange.Refused(ApprovalField, $"This request was already {change.Outcome?.ToString().ToLowerInvariant()} by {change.DecidedBy}");
        }

        var withdrawing = !approve && string.Equals(change.RequestedBy, editor.Id, StringComparison.OrdinalIgnoreCase);
        if (!editor.IsAdministrator || (!withdrawing && !MayApprove(change, editor, account)))
        {
            return AccountChange.Refused(ApprovalField, IsSelf(account, editor)
                ? "This change is to your own account. Another administrator must decide it"
                : "You asked for this change. Another administrator must approve it");
        }

        if (approve && change.Kind == PrivilegedChangeKind.SetPasswordLink && account.DisabledAt is not null)
        {
            return AccountChange.Refused(ApprovalField, "The account has been disabled since. Enable it before sending a set-password link");
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        change.DecidedBy = editor.Id;
        change.DecidedAt = clock.GetUtcNow();
        change.Outcome = approve ? PrivilegedChangeOutcome.Approved : PrivilegedChangeOutcome.Declined;
        var subject = new AuditSubject(AuditCapability.Account, account.Id);
        var detail = $"{account.Email}: {change.Describe()}, asked for by {change.RequestedBy}";
        // A set-password link is mailed after the commit, so a failed send never undoes the decision.
        var problem = !approve ? null : change.Kind switch
        {
            PrivilegedChangeKind.RoleGrant => Problem(await users.AddToRolesAsync(account, change.RoleList.Except(await users.GetRolesAsync(account)))),
            PrivilegedChangeKind.TwoFactorReset => await ResetTwoFactorAsync(account),
            _ => null,
        };
        if (problem is not null)
        {
            return AccountChange.Refused(ApprovalField, problem);
        }

        audit.Record(editor, approve ? AuditAction.PrivilegedChangeApproved : AuditAction.PrivilegedChangeDeclined, subject, detail);

        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        if (approve && change.Kind == PrivilegedChangeKind.SetPasswordLink)
        {
            await MailSetPasswordLinkAsync(account, editor, change.RequestedBy);
        }

        return new(account, []);
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

    private async Task<string?> ResetTwoFactorAsync(EditorAccount account)
    {
        var problem = Problem(await users.SetTwoFactorEnabledAsync(account, false)) ?? Problem(await users.ResetAuthenticatorKeyAsync(account));
        if (problem is null)
        {
            // Old recovery codes must not work after a fresh enrolment.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
        }

        return problem;
    }

    private async Task MailSetPasswordLinkAsync(EditorAccount account, Editor editor, string? requestedBy)
    {
        // A new stamp ends every earlier link (each token carries the stamp it was made with) and the
        // account's sessions, as a password reset should.
        await users.UpdateSecurityStampAsync(account);
        var token = await users.GeneratePasswordResetTokenAsync(account);
        audit.Record(editor, AuditAction.SetPasswordLinkMade, new AuditSubject(AuditCapability.Account, account.Id),
            $"{account.Email}: mailed to the account's address" + (requestedBy is null ? "" : $", asked for by {requestedBy}"));
        await db.SaveChangesAsync();
        await mail.SendAsync(new OutgoingMail(account.Email!, "Choose a new password for the Local Offer editorial area",
            $"""
            An administrator has made you a link to choose a new password for the Local Offer's editorial area:

            {links.SetPassword(account.Id, token)}

            The link works once, for 24 hours. A newer link, or a password set with it, stops it working.
            If you did not ask for a new password, tell your administrator: you can ignore this message and keep your current password.
            """));
    }

    /// <summary>
    /// Records the change as waiting for a second administrator when the site has another active
    /// one; null when this administrator is the only one, and so the change is made at once.
    /// </summary>
    private async Task<AccountChange?> RequestAsync(EditorAccount account, PrivilegedChangeKind kind, Editor editor)
    {
        if (!editor.IsAdministrator)
        {
            return null;
        }

        var others = await OtherAdministratorsAsync(editor);
        if (others.Count == 0)
        {
            return null;
        }

        var change = await db.PrivilegedChanges.FirstOrDefaultAsync(c => c.AccountId == account.Id && c.Kind == kind && c.DecidedAt == null);
        if (change is null)
        {
            change = NewRequest(account, kind, "", editor);
            await db.SaveChangesAsync();
            await NotifyAsync(change, account, others);
        }

        return new(account, [], change);
    }

    private PrivilegedChange? RequestGrant(EditorAccount account, IEnumerable<string> roles, Editor editor)
    {
        var granted = EditorialRoles.All.Where(roles.Contains).ToList();
        return granted.Count == 0 ? null : NewRequest(account, PrivilegedChangeKind.RoleGrant, string.Join(',', granted), editor);
    }

    private PrivilegedChange NewRequest(EditorAccount account, PrivilegedChangeKind kind, string roles, Editor editor)
    {
        var change = new PrivilegedChange
        {
            Id = Guid.NewGuid(),
            AccountId = account.Id,
            Kind = kind,
            Roles = roles,
            RequestedBy = editor.Id,
            RequestedAt = clock.GetUtcNow(),
        };
        db.PrivilegedChanges.Add(change);
        audit.Record(editor, AuditAction.PrivilegedChangeRequested, new AuditSubject(AuditCapability.Account, account.Id), $"{account.Email}: {change.Describe()}");
        return change;
    }

    private async Task NotifyAsync(PrivilegedChange? change, EditorAccount account, IReadOnlyList<EditorAccount> administrators)
    {
        if (change is null)
        {
            return;
        }

        foreach (var administrator in administrators.Where(a => !string.IsNullOrEmpty(a.Email)))
        {
            await mail.SendAsync(new OutgoingMail(administrator.Email!, $"Approval needed: {change.Describe()} for {account.DisplayName}",
                $"""
                {change.RequestedBy} asked to change {account.DisplayName}'s account ({account.Email}) in the Local Offer's editorial area:

                {change.Describe()}

                Nothing changes until a second administrator approves. Approve or decline it here:

                {links.Account(account.Id)}

                If you did not expect this, check with {change.RequestedBy} before approving.
                """));
        }
    }

    /// <summary>The site's other active administrators: who must approve a privileged change, and who is told of it.</summary>
    private async Task<IReadOnlyList<EditorAccount>> OtherAdministratorsAsync(Editor editor)
    {
        var normalised = editor.Id.ToUpperInvariant();
        var administrators = await users.GetUsersInRoleAsync(EditorialRoles.Administrator);
        return [.. administrators.Where(a => a.DisabledAt is null && a.NormalizedUserName != normalised)];
    }

    private async Task<bool> IsPrivilegedAsync(EditorAccount account) =>
        (await users.GetRolesAsync(account)).Any(EditorialRoles.Privileged.Contains);

    private async Task<List<AccountProblem>> DetailProblemsAsync(AccountDetails details, string? currentOrganisation, IReadOnlyList<string> currentProvides)
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

        if (roles.Contains(EditorialRoles.Provider))
        {
            var provides = Provides(details);
            var known = (await directory.NamesAsync()).Concat(currentProvides).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (provides.Count == 0)
            {
                problems.Add(new(ProvidesField, "Select the organisations in the directory whose services a provider keeps"));
            }
            else if (provides.FirstOrDefault(p => !known.Contains(p)) is { } unknown)
            {
                problems.Add(new(ProvidesField, $"{unknown} is not an organisation in the directory. Select organisations from the list"));
            }
        }

        return problems;
    }

    private static List<string> Roles(AccountDetails details) => [.. EditorialRoles.All.Where(details.Roles.Contains)];

    /// <summary>The directory organisations a provider keeps; nobody else keeps any.</summary>
    private static List<string> Provides(AccountDetails details) => Roles(details).Contains(EditorialRoles.Provider)
        ? [.. (details.Provides ?? []).Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)]
        : [];

    private static bool IsSelf(EditorAccount account, Editor editor) => string.Equals(account.UserName, editor.Id, StringComparison.OrdinalIgnoreCase);

    private static string Describe(IEnumerable<string> roles, EditorAccount account) =>
        string.Join(", ", roles.Select(EditorialRoles.Label))
        + (account.Organisation.Length > 0 ? $"; {account.Organisation}" : "")
        + (account.Provides.Count > 0 ? $"; provides for {string.Join(", ", account.Provides)}" : "");

    private static string? Problem(IdentityResult result) => result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));

    private static AccountProblem ToProblem(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => new(EmailField, "There is already an account with this email address"),
        "InvalidEmail" or "InvalidUserName" => new(EmailField, "Enter an email address using only letters, numbers and . _ - + @"),
        _ => new(EmailField, error.Description),
    };
}
