using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>"LocalOffer:TwoFactor": who must sign in with a second factor before an administrator chooses.</summary>
public sealed class TwoFactorOptions
{
    public const string SectionName = "LocalOffer:TwoFactor";

    /// <summary>
    /// Roles (comma-separated) that need a second factor until an administrator saves a choice on
    /// the Users page: the roles that publish and that manage accounts (ASVS 2.2).
    /// </summary>
    public string RequiredByDefaultFor { get; set; } = $"{EditorialRoles.Administrator},{EditorialRoles.EditorialBoard}";

    /// <summary>
    /// Accounts that never need one: the demo accounts, and only while the site runs in
    /// Development. Not bindable from configuration, so no setting can exempt a real account.
    /// </summary>
    public IReadOnlySet<string> ExemptAccounts { get; private set; } = new HashSet<string>();

    public void Exempt(IEnumerable<string> userNames) =>
        ExemptAccounts = new HashSet<string>(ExemptAccounts.Concat(userNames), StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The roles whose members must sign in with a second factor, kept in the site settings table so
/// every node enforces the same list; until an administrator saves one, <see cref="TwoFactorOptions"/>
/// gives it. Read per back-office request (one small row), never cached, so a change applies at once.
/// </summary>
public sealed class TwoFactorRequirement(LocalOfferDbContext db, IOptions<TwoFactorOptions> options, TimeProvider clock)
{
    public const string SettingKey = "accounts.two-factor-required-roles";

    public async Task<IReadOnlyList<string>> RequiredRolesAsync(CancellationToken cancellationToken = default)
    {
        var value = await db.SiteSettings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken)
            ?? options.Value.RequiredByDefaultFor;
        return [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(EditorialRoles.All.Contains)];
    }

    public bool IsExempt(string? userName) => userName is not null && options.Value.ExemptAccounts.Contains(userName);

    /// <summary>True when the account holds a role that requires two-factor sign-in and is not exempt.</summary>
    public async Task<bool> AppliesToAsync(string? userName, IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
        if (IsExempt(userName))
        {
            return false;
        }

        var required = await RequiredRolesAsync(cancellationToken);
        return required.Count > 0 && roles.Any(required.Contains);
    }

    public async Task SaveAsync(IEnumerable<string> roles, Editor editor)
    {
        var chosen = EditorialRoles.All.Where(roles.Contains).ToList();
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == SettingKey);
        if (setting is null)
        {
            setting = new SiteSetting { Key = SettingKey };
            db.SiteSettings.Add(setting);
        }

        setting.Value = string.Join(',', chosen);
        setting.UpdatedAt = clock.GetUtcNow();
        setting.UpdatedBy = editor.Id;
        new AuditTrail(db, clock).Record(editor, AuditAction.TwoFactorRequirementChanged, new AuditSubject(AuditCapability.Account),
            chosen.Count == 0 ? "Required for no role" : "Required for " + string.Join(", ", chosen.Select(EditorialRoles.Label)));
        await db.SaveChangesAsync();
    }
}
