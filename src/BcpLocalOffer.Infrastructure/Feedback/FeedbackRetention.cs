using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Feedback;

public sealed record RetentionOutcome(int ContactsDeleted, int ItemsAnonymised);

/// <summary>
/// The retention rules: email addresses go after <see cref="FeedbackOptions.ContactDetailsMonths"/>;
/// comments, suggestions and internal notes after <see cref="FeedbackOptions.FreeTextMonths"/>. The
/// rest of the row (topic, page, answer, dates) stays, so counts and the annual report still add up.
/// </summary>
public sealed class FeedbackRetention(LocalOfferDbContext db, IOptions<FeedbackOptions> options, TimeProvider clock)
{
    public const string Actor = "retention";

    public async Task<RetentionOutcome> EnforceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var contactCutoff = now.AddMonths(-options.Value.ContactDetailsMonths);
        var textCutoff = now.AddMonths(-options.Value.FreeTextMonths);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contacts = await db.FeedbackContacts.Where(c => c.ReceivedAtUtc < contactCutoff).ExecuteDeleteAsync(cancellationToken);
        var old = db.FeedbackItems.Where(i => i.ReceivedAtUtc < textCutoff && i.AnonymisedAtUtc == null);
        await db.FeedbackNotes.Where(n => old.Select(i => i.Id).Contains(n.FeedbackId)).ExecuteDeleteAsync(cancellationToken);
        var items = await old.ExecuteUpdateAsync(
            set => set.SetProperty(i => i.Comment, (string?)null).SetProperty(i => i.Improvement, (string?)null).SetProperty(i => i.AnonymisedAtUtc, now),
            cancellationToken);
        if (contacts > 0 || items > 0)
        {
            new AuditTrail(db, clock).Record(Actor, "Feedback retention", null, null, $"{contacts} email addresses deleted, {items} comments anonymised");
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RetentionOutcome(contacts, items);
    }
}

/// <summary>Enforces the retention rules every <see cref="FeedbackOptions.RetentionCheckIntervalMinutes"/>, on the injected clock.</summary>
public sealed class FeedbackRetentionRunner(
    IServiceScopeFactory scopes, IOptions<FeedbackOptions> options, TimeProvider clock, ILogger<FeedbackRetentionRunner> logger) : BackgroundService
{
    /// <summary>One check now: what the timer does, and what tests call after moving the clock on.</summary>
    public async Task<RetentionOutcome> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<FeedbackRetention>().EnforceAsync(cancellationToken);
        if (outcome.ContactsDeleted > 0 || outcome.ItemsAnonymised > 0)
        {
            logger.LogInformation("Feedback retention deleted {Contacts} email addresses and anonymised {Items} comments", outcome.ContactsDeleted, outcome.ItemsAnonymised);
        }

        return outcome;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.RetentionCheckIntervalMinutes)), clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Enforcing feedback retention failed; the next check tries again");
            }
        }
    }
}
