using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>A published page or service with a review date, as the reminders see it.</summary>
/// <param name="Provider">For a service, the organisation that runs it, whose provider accounts are reminded too.</param>
public sealed record ReviewItem(ReviewItemKind Kind, Guid Id, string Title, string Owner, DateOnly ReviewBy, string EditorialPath, string? Provider = null);

public enum ReviewItemKind
{
    Page,
    Service,
}

/// <summary>
/// Reminds owners before a published page or service is due for review (30 and 7 days before, and
/// when it has passed) and tells the board when one has been overdue for 30 days. Each reminder's
/// outbox key names the item, the stage and the review date, so it is queued once however often
/// the job runs, and a new review date starts the reminders again. Owners are the people of the
/// owning organisation and, for a service, the providers linked to the organisation that runs it;
/// where there is nobody with an account, the board hears instead.
/// </summary>
public sealed class ReviewReminders(
    IServiceScopeFactory scopes,
    IPublishedContentCache content,
    IPublishedDirectoryCache directory,
    StillCorrectLinks stillCorrect,
    INotificationLinks links,
    IOptions<NotificationOptions> options,
    ClusterLock locks,
    TimeProvider clock,
    ILogger<ReviewReminders> logger) : SingletonJob<int>(locks, clock, logger)
{
    public const int FirstReminderDays = 30;
    public const int SecondReminderDays = 7;
    public const int BoardAfterOverdueDays = 30;

    /// <summary>How every reminder's outbox key starts: these keys are kept for good, so no reminder is queued twice.</summary>
    public const string KeyPrefix = "review:";

    protected override string Name => "review-reminders";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(options.Value.ReminderIntervalMinutes);

    protected override async Task<int> RunLockedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var outbox = new Outbox(db, Clock);
        var today = Clock.UkToday();
        var horizon = today.AddDays(FirstReminderDays);
        var items = Published(horizon).ToList();

        var keepers = await new NotificationRecipients(db).KeepersAsync(cancellationToken);
        var existing = (await db.Outbox.AsNoTracking().Where(m => m.Key.StartsWith(KeyPrefix)).Select(m => m.Key).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var queued = 0;
        foreach (var item in items)
        {
            var days = item.ReviewBy.DayNumber - today.DayNumber;
            var stage = days switch
            {
                > SecondReminderDays => "due-30",
                > 0 => "due-7",
                _ => "overdue",
            };
            foreach (var owner in keepers.Of(item.Owner, item.Provider))
            {
                queued += Queue(outbox, existing, item, stage, days, owner, withLink: true);
            }

            if (-days >= BoardAfterOverdueDays)
            {
                foreach (var member in keepers.Board)
                {
                    queued += Queue(outbox, existing, item, "long-overdue", days, member, withLink: false);
                }
            }
        }

        // A listing nobody has vouched for in a year is the board's to chase, once for each check date.
        foreach (var service in directory.Current.Listed.Where(s => !s.IsSample && ServiceFreshnessRule.Of(s.CheckedOn, today) == ServiceFreshness.Unchecked))
        {
            foreach (var member in keepers.Board)
            {
                var key = $"{KeyPrefix}unchecked:{service.Id}:{service.CheckedOn:yyyy-MM-dd}:{member.UserName}";
                if (existing.Add(key))
                {
                    var date = service.CheckedOn.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
                    outbox.Add(key, NotificationKind.LongOverdue, member.UserName!, $"Not checked for over a year: {service.Name}",
                        $"The service “{service.Name}”, kept by {service.OwnerOrganisation}, was last checked by its provider on {date}. Families are told it may be out of date.\n\nSee it in the back office:",
                        $"/editorial/directory/{service.Id}");
                    queued++;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    protected override void Report(int result)
    {
        if (result > 0)
        {
            Logger.LogInformation("Review reminders: {Count} queued", result);
        }
    }

    private int Queue(Outbox outbox, HashSet<string> existing, ReviewItem item, string stage, int days, EditorAccount to, bool withLink)
    {
        var key = $"{KeyPrefix}{stage}:{item.Kind}:{item.Id}:{item.ReviewBy:yyyy-MM-dd}:{to.UserName}";
        if (!existing.Add(key))
        {
            return 0;
        }

        var what = item.Kind == ReviewItemKind.Page ? "page" : "service";
        var date = item.ReviewBy.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        var (kind, subject, opening) = stage switch
        {
            "long-overdue" => (NotificationKind.LongOverdue, $"Overdue for review for {-days} days: {item.Title}",
                $"The {what} “{item.Title}”, kept by {item.Owner}, was due for review on {date} and has not been reviewed. Families are seeing information that nobody has checked for a while."),
            "overdue" => (NotificationKind.ReviewDue, $"Overdue for review: {item.Title}",
                $"The {what} “{item.Title}” was due for review on {date}."),
            _ => (NotificationKind.ReviewDue, $"Due for review in {days} {(days == 1 ? "day" : "days")}: {item.Title}",
                $"The {what} “{item.Title}” is due for review on {date}."),
        };
        var body = withLink
            ? $"{opening}\n\nIf it is still correct, say so with this link (no need to sign in; it works once, for 30 days):\n{links.Absolute(stillCorrect.Create(item, to.UserName!))}\n\nIf something needs changing, edit it in the back office:"
            : $"{opening}\n\nSee it in the back office:";
        outbox.Add(key, kind, to.UserName!, subject, body, item.EditorialPath);
        return 1;
    }

    /// <summary>What families see today, from this node's published snapshots: archived pages and drafts are not in them.</summary>
    private IEnumerable<ReviewItem> Published(DateOnly horizon) =>
        content.Current.Pages.Where(p => p.ReviewBy <= horizon)
            .Select(p => new ReviewItem(ReviewItemKind.Page, p.Key, p.Name, p.OwnerOrganisation, p.ReviewBy, $"/editorial/content/{p.Key}"))
            .Concat(directory.Current.Listed.Where(s => s.ReviewBy <= horizon && !s.IsSample)
                .Select(s => new ReviewItem(ReviewItemKind.Service, s.Id, s.Name, s.OwnerOrganisation, s.ReviewBy, $"/editorial/directory/{s.Id}", s.Organisation)));
}
