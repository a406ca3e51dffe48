using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Workflow;

/// <summary>Someone who changed an item since it was last approved, as the review panel names them.</summary>
/// <param name="Id">The account name the review state keeps, or a source such as the content seed.</param>
/// <param name="IsAccount">False for a source that is not a person (an import, the seed).</param>
public sealed record Contributor(string Id, string Name, string Organisation, bool IsBoard, bool IsAccount)
{
    /// <summary>A change the board should know came from outside the organisation that keeps the item (the board's own changes never are).</summary>
    public bool IsFromAnotherOrganisation(string owner) =>
        IsAccount && !IsBoard && !string.Equals(Organisation.Trim(), owner.Trim(), StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Names the contributors of a review state with their organisation and role, so a submission
/// shows everyone whose words it carries (a draft another organisation's author left is not
/// carried unnoticed) and the board sees which of them work for someone other than the owner.
/// </summary>
public sealed class Contributors(LocalOfferDbContext db)
{
    public async Task<IReadOnlyList<Contributor>> DescribeAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var normalised = ids.Select(i => i.ToUpperInvariant()).ToList();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => normalised.Contains(u.NormalizedUserName!))
            .Select(u => new { u.Id, u.NormalizedUserName, u.DisplayName, u.Organisation })
            .ToListAsync(cancellationToken);
        var accountIds = accounts.Select(a => a.Id).ToList();
        var board = (await db.UserRoles.AsNoTracking()
                .Where(r => accountIds.Contains(r.UserId))
                .Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => new { r.UserId, role.Name })
                .Where(r => r.Name == EditorialRoles.EditorialBoard)
                .Select(r => r.UserId)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var byName = accounts.ToDictionary(a => a.NormalizedUserName!, StringComparer.Ordinal);
        return [.. ids.Select(id => byName.TryGetValue(id.ToUpperInvariant(), out var account)
            ? new Contributor(id, account.DisplayName.Length > 0 ? account.DisplayName : id, account.Organisation, board.Contains(account.Id), IsAccount: true)
            : new Contributor(id, id, "", IsBoard: false, IsAccount: false))];
    }
}
