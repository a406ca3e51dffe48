using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>
/// Tells the people who keep a page or service that a family reported something wrong with it:
/// what kind of problem, never what the family wrote (it may hold personal details; the board reads
/// it in the feedback inbox). The owning organisation's people hear, or the board where it has none.
/// </summary>
public sealed class ReportNotices(LocalOfferDbContext db, TimeProvider clock)
{
    public async Task QueueAsync(string reference, string owner, string what, string title, string problem, string editorialPath)
    {
        var accounts = await db.Users.AsNoTracking().Where(a => a.DisabledAt == null && a.NotifyReviews).ToListAsync();
        var recipients = accounts.Where(a => string.Equals(a.Organisation.Trim(), owner.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (recipients.Count == 0)
        {
            var boardRole = await db.Roles.Where(r => r.Name == EditorialRoles.EditorialBoard).Select(r => r.Id).SingleOrDefaultAsync();
            var board = (await db.UserRoles.Where(r => r.RoleId == boardRole).Select(r => r.UserId).ToListAsync()).ToHashSet();
            recipients = [.. accounts.Where(a => board.Contains(a.Id))];
        }

        var outbox = new Outbox(db, clock);
        foreach (var person in recipients)
        {
            await outbox.AddAsync($"report:{reference}:{person.UserName}", NotificationKind.ReviewDue, person.UserName!,
                $"Something may be wrong with the {what}: {title}",
                $"A family reported a problem with the {what} “{title}”, which {owner} keeps: {problem}.\n\nPlease check it and correct it if needed (report {reference}). The editorial board tracks the report in the feedback inbox.",
                editorialPath);
        }

        await db.SaveChangesAsync();
    }
}
