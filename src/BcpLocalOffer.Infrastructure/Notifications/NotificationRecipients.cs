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

    /// <summary>Those of <paramref name="userNames"/> whose accounts are not disabled and who want to hear about their own changes.</summary>
    public async Task<List<EditorAccount>> AuthorsAsync(IReadOnlyCollection<string> userNames, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(a => userNames.Contains(a.UserName!) && a.DisabledAt == null && a.NotifyOwnChanges)
            .ToListAsync(cancellationToken);

    /// <summary>Everyone who wants to hear about what they keep, read once for a whole run of reminders.</summary>
    public async Task<Keepers> KeepersAsync(CancellationToken cancellationToken = default)
    {
        var wanting = await db.Users.AsNoTracking().Where(a => a.DisabledAt == null && a.NotifyReviews).ToListAsync(cancellationToken);
        var board = (await BoardAsync(cancellationToken)).Select(a => a.Id).ToHashSet();
        return new Keepers(
            wanting.Where(a => a.Organisation.Length > 0).ToLookup(a => a.Organisation.Trim(), StringComparer.OrdinalIgnoreCase),
            wanting.SelectMany(a => a.Provides.Select(o => (Organisation: o.Trim(), Account: a))).ToLookup(p => p.Organisation, p => p.Account, StringComparer.OrdinalIgnoreCase),
            [.. wanting.Where(a => board.Contains(a.Id))]);
    }
}

/// <summary>
/// The people who keep each organisation's pages and services, the providers who keep their own
/// listings, and the board who hears when an item has nobody.
/// </summary>
public sealed class Keepers(ILookup<string, EditorAccount> byOrganisation, ILookup<string, EditorAccount> byProvider, IReadOnlyList<EditorAccount> board)
{
    /// <summary>The board's members who want to hear about reviews.</summary>
    public IReadOnlyList<EditorAccount> Board => board;

    /// <summary>
    /// The owning organisation's people and, for a service, the people of the provider that runs it;
    /// the board where there is nobody with an account, so nothing goes unheard.
    /// </summary>
    /// <param name="provider">For a service, the organisation that runs it; null for a page.</param>
    public IReadOnlyList<EditorAccount> Of(string owner, string? provider = null) =>
        byOrganisation[owner.Trim()].Concat(provider is null ? [] : byProvider[provider.Trim()]).DistinctBy(a => a.Id).ToList() is { Count: > 0 } people
            ? people
            : board;
}
