using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Identity;

/// <summary>
/// Who an account is allowed to be now, for work done later on their behalf (a scheduled
/// publish, a "still correct" link): the roles it holds today, or nobody if it was disabled or
/// deleted since.
/// </summary>
public sealed class CurrentEditors(LocalOfferDbContext db)
{
    /// <param name="accountName">The account's user name, as editors are named in the workflow.</param>
    public async Task<Editor?> FindAsync(string accountName, CancellationToken cancellationToken = default)
    {
        var normalised = accountName.ToUpperInvariant();
        var account = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == normalised)
            .Select(u => new { u.Id, u.DisabledAt, u.Organisation, u.Provides })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null || account.DisabledAt is not null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(r => r.UserId == account.Id)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(cancellationToken);
        return new Editor(accountName,
            CanPublish: roles.Contains(EditorialRoles.EditorialBoard),
            IsAdministrator: roles.Contains(EditorialRoles.Administrator),
            Organisation: account.Organisation)
        {
            IsProvider = EditorialRoles.IsProviderOnly(roles),
            Provides = account.Provides,
        };
    }
}
