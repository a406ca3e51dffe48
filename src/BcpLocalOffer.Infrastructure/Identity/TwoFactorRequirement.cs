using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// The roles whose members must sign in with a second factor, kept in the site settings table so
/// every node enforces the same list. Read per back-office request (one small row), never cached,
/// so a change applies at once.
/// </summary>
public sealed class TwoFactorRequirement(LocalOfferDbContext db, TimeProvider clock)
{
    public const string SettingKey = "accounts.two-factor-required-roles";

    public async Task<IReadOnlyList<string>> RequiredRolesAsync(CancellationToken cancellationToken = default)
    {
        var value = await db.SiteSettings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).SingleOrDefaultAsync(cancellationToken);
        return [.. (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(EditorialRoles.All.Contains)];
    }

    /// <summary>True when any of <paramref name="roles"/> requires two-factor sign-in.</summary>
    public async Task<bool> AppliesToAsync(IEnumerable<string> roles, CancellationToken cancellationToken = default)
    {
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
