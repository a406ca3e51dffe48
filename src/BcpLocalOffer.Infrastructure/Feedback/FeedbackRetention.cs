using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
            new AuditTrail(db, clock).Record(Actor, AuditAction.RetentionApplied, new AuditSubject(AuditCapability.Feedback), $"{contacts} email addresses deleted, {items} comments anonymised");
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new RetentionOutcome(contacts, items);
    }
}

/// <summary>Enforces the retention rules every <see cref="FeedbackOptions.RetentionCheckIntervalMinutes"/>, on one node at a time.</summary>
public sealed class FeedbackRetentionRunner(
    IServiceScopeFactory scopes, IOptions<FeedbackOptions> options, ClusterLock locks, TimeProvider clock, ILogger<FeedbackRetentionRunner> logger)
    : SingletonJob<RetentionOutcome>(locks, clock, logger)
{
    protected override string Name => "Feedback retention";

    protected override TimeSpan Interval => TimeSpan.FromMinutes(Math.Max(1, options.Value.RetentionCheckIntervalMinutes));

    protected override async Task<RetentionOutcome> RunLockedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FeedbackRetention>().EnforceAsync(cancellationToken);
    }

    protected override void Report(RetentionOutcome outcome)
    {
        if (outcome.ContactsDeleted > 0 || outcome.ItemsAnonymised > 0)
        {
            Logger.LogInformation("Feedback retention deleted {Contacts} email addresses and anonymised {Items} comments", outcome.ContactsDeleted, outcome.ItemsAnonymised);
        }
    }
}
