using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>What one turn of the sender did.</summary>
/// <param name="Pruned">Sent messages deleted for being older than the retention period.</param>
public sealed record OutboxRun(int Sent, int Digests, int Failed, int Abandoned, int Pruned = 0);

/// <summary>
/// Sends the outbox, one node at a time. Each message is marked as being sent, and saved, before
/// the send, and marked sent after it: a node that stops between the two leaves a message that is
/// then recorded as possibly sent and never sent again, because an email that arrives twice is
/// worse than one the outbox says may be missing. A send that fails is tried again later.
/// Messages held for a digest go as one email a day per person. Sent messages are deleted after
/// <see cref="NotificationOptions.KeepSentDays"/>, except review reminders (see <see cref="PruneAsync"/>).
/// </summary>
public sealed class OutboxSender(
    IServiceScopeFactory scopes,
    IMailSender mail,
    INotificationLinks links,
    IOptions<NotificationOptions> options,
    ClusterLock locks,
    TimeProvider clock,
    ILogger<OutboxSender> logger) : SingletonJob<OutboxRun>(locks, clock, logger)
{
    /// <summary>A message marked as being sent for longer than this was interrupted by a stop.</summary>
    private static readonly TimeSpan Interrupted = TimeSpan.FromMinutes(5);

    protected override string Name => "outbox";

    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.SendIntervalSeconds);

    protected override async Task<OutboxRun> RunLockedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var now = Clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;

        var interruptedBefore = now - Interrupted;
        var interrupted = await db.Outbox.Where(m => m.SentAtUtc == null && m.SendingAtUtc != null && m.SendingAtUtc < interruptedBefore).ToListAsync(cancellationToken);
        foreach (var message in interrupted)
        {
            message.SentAtUtc = message.SendingAtUtc;
            message.Outcome = "The site stopped while sending this; it may have gone, so it is not sent again.";
            Logger.LogWarning("Outbox message {Id} was interrupted mid-send and is not sent again", message.Id);
        }

        await db.SaveChangesAsync(cancellationToken);

        int sent = 0, failed = 0, abandoned = 0;
        var due = await db.Outbox
            .Where(m => m.SentAtUtc == null && m.SendingAtUtc == null && !m.ForDigest && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            var outcome = await SendAsync(db, [message], message.Subject, Compose(message), cancellationToken);
            (sent, failed, abandoned) = outcome switch
            {
                true => (sent + 1, failed, abandoned),
                false when message.SentAtUtc is not null => (sent, failed, abandoned + 1),
                _ => (sent, failed + 1, abandoned),
            };
        }

        var digests = 0;
        var digestTime = DigestTime(now, settings.DigestHour);
        var held = await db.Outbox
            .Where(m => m.SentAtUtc == null && m.SendingAtUtc == null && m.ForDigest && m.CreatedAtUtc < digestTime && (m.NextAttemptAtUtc == null || m.NextAttemptAtUtc <= now))
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var group in held.GroupBy(m => m.Recipient))
        {
            var messages = group.ToList();
            var subject = messages.Count == 1 ? messages[0].Subject : $"{messages.Count} things wait for your approval";
            var body = "Today's digest of what waits for your approval:\n\n" + string.Join("\n\n", messages.Select(m => $"- {m.Subject}\n  {Link(m)}"));
            if (await SendAsync(db, messages, subject, body, cancellationToken))
            {
                digests++;
            }
        }

        return new OutboxRun(sent, digests, failed, abandoned, await PruneAsync(db, now, settings.KeepSentDays, cancellationToken));
    }

    /// <summary>
    /// Deletes messages sent (or given up on) more than <paramref name="keepDays"/> ago. A notice's key
    /// names the one event it is about, so it can never be queued again; a review reminder's key stays,
    /// because a page that keeps the same review date for longer than that would otherwise be reminded
    /// again.
    /// </summary>
    private static Task<int> PruneAsync(LocalOfferDbContext db, DateTime now, int keepDays, CancellationToken cancellationToken)
    {
        var before = now.AddDays(-keepDays);
        return db.Outbox.Where(m => m.SentAtUtc != null && m.SentAtUtc < before && !m.Key.StartsWith(ReviewReminders.KeyPrefix)).ExecuteDeleteAsync(cancellationToken);
    }

    protected override void Report(OutboxRun result)
    {
        if (result.Sent + result.Digests + result.Failed + result.Abandoned + result.Pruned > 0)
        {
            Logger.LogInformation("Outbox: {Sent} sent, {Digests} digests, {Failed} to try again, {Abandoned} given up, {Pruned} old ones deleted",
                result.Sent, result.Digests, result.Failed, result.Abandoned, result.Pruned);
        }
    }

    /// <summary>Sends one email for <paramref name="messages"/>; true when it went.</summary>
    private async Task<bool> SendAsync(LocalOfferDbContext db, IReadOnlyList<OutboxMessage> messages, string subject, string body, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var message in messages)
        {
            message.SendingAtUtc = now;
            message.Attempts++;
        }

        await db.SaveChangesAsync(cancellationToken);
        try
        {
            await mail.SendAsync(new OutgoingMail(messages[0].Recipient, subject, body), cancellationToken);
            foreach (var message in messages)
            {
                message.SentAtUtc = Clock.GetUtcNow().UtcDateTime;
                message.Outcome = messages.Count > 1 ? "Sent in a digest" : "Sent";
            }

            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var settings = options.Value;
            foreach (var message in messages)
            {
                message.SendingAtUtc = null;
                message.Outcome = $"Not sent: {exception.GetType().Name}: {exception.Message}";
                if (message.Attempts >= settings.MaxAttempts)
                {
                    message.SentAtUtc = now;
                    message.Outcome = $"Given up after {message.Attempts} tries. " + message.Outcome;
                }
                else
                {
                    message.NextAttemptAtUtc = now.AddSeconds(settings.RetryAfterSeconds * Math.Pow(2, message.Attempts - 1));
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
            Logger.LogWarning(exception, "An email could not be sent; it is tried again later");
            return false;
        }
    }

    private string Compose(OutboxMessage message) =>
        message.LinkPath is null ? message.Body : $"{message.Body}\n\n{Link(message)}";

    private string Link(OutboxMessage message) => message.LinkPath is null ? "" : links.Absolute(message.LinkPath).ToString();

    /// <summary>The last digest time at or before <paramref name="nowUtc"/>: today's digest hour in the UK, or yesterday's before it.</summary>
    public static DateTime DigestTime(DateTime nowUtc, int hour)
    {
        var local = UkTime.ToLocal(nowUtc);
        var day = DateOnly.FromDateTime(local);
        var today = UkTime.ToUtc(day, new TimeOnly(hour, 0)) ?? UkTime.ToUtc(day, new TimeOnly((hour + 1) % 24, 0))!.Value;
        return today <= nowUtc ? today : UkTime.ToUtc(day.AddDays(-1), new TimeOnly(hour, 0)) ?? today.AddDays(-1);
    }
}
