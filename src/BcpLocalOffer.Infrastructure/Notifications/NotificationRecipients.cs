using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>Who email goes to, worked out one way for every notice: the board, and the people who keep a page or service.</summary>
public sealed class NotificationRecipients(LocalOfferDbContext db)
{
    /// <summary>The board's members whose accounts are not disabled.</summary>
    public async Task<List<EditorAccount>> BoardAsync(CancellationToken cancellationToken = default)
    {
        var roleId = await db.Roles.Where(r => r.Name == EditorialRoles.EditorialBoard).Select(r => r.Id).SingleOrDefaultAsync(cancellationToken);
        var members = db.UserRoles.Where(r => r.RoleId == roleId).Select(r => r.UserId);
        return await db.Users.AsNoTracking().Where(a => members.Contains(a.Id) && a.DisabledAt == null).ToListAsync(cancellationToken);
    }

    /// <summary>Everyone who wants to hear about what they keep, read once for a whole run of reminders.</summary>
    public async Task<Keepers> KeepersAsync(CancellationToken cancellationToken = default)
    {
        var wanting = await db.Users.AsNoTracking().Where(a => a.DisabledAt == null && a.NotifyReviews).ToListAsync(cancellationToken);
        var board = (await BoardAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        return new Keepers(
            wanting.Where(a => a.Organisation.Length > 0).ToLookup(a => a.Organisation.Trim(), StringComparer.OrdinalIgnoreCase),
            [.. wanting.Where(a => board.Contains(a.Id))]);
    }
}

/// <summary>The people who keep each organisation's pages and services, and the board who hears when an organisation has nobody.</summary>
public sealed class Keepers(ILookup<string, EditorAccount> byOrganisation, IReadOnlyList<EditorAccount> board)
{
    /// <summary>The board's members who want to hear about reviews.</summary>
    public IReadOnlyList<EditorAccount> Board => board;

    /// <summary>The owning organisation's people; the board where it has nobody with an account, so nothing goes unheard.</summary>
    public IReadOnlyList<EditorAccount> Of(string owner) =>
        byOrganisation[owner.Trim()].ToList() is { Count: > 0 } people ? people : board;
}
