using BcpLocalOffer.Infrastructure.Data;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>
/// Tells the people who keep a page or service that a family reported something wrong with it:
/// what kind of problem, never what the family wrote (it may hold personal details; the board reads
/// it in the feedback inbox). The owning organisation's people and a service's provider hear, or the
/// board where there is nobody.
/// </summary>
public sealed class ReportNotices(LocalOfferDbContext db, TimeProvider clock)
{
    /// <param name="provider">For a service, the organisation that runs it: its provider accounts hear too.</param>
    public async Task QueueAsync(string reference, string owner, string what, string title, string problem, string editorialPath, string? provider = null)
    {
        var recipients = (await new NotificationRecipients(db).KeepersAsync()).Of(owner, provider);
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
