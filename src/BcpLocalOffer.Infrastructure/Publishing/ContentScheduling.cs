using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Scheduled publishes and unpublishes: set and cancelled by the board, run when due through
/// <see cref="ContentEditing"/>, so a scheduled change is audited and refreshes the cache exactly
/// as if the board member had pressed the button then.
/// </summary>
public sealed class ContentScheduling(
    LocalOfferDbContext db,
    ContentEditing editing,
    CurrentEditors editors,
    TimeProvider clock,
    IOptions<SchedulingOptions> options,
    ILogger<ContentScheduling> logger)
{
    private const int BatchSize = 20;

    /// <summary>Audit actions about schedules themselves, which leave the page as it was.</summary>
    private static readonly HashSet<AuditAction> SchedulingActions =
        [AuditAction.Scheduled, AuditAction.ScheduleCancelled, AuditAction.ScheduledChangeFailed, AuditAction.ScheduledChangeReturned];

    private readonly AuditTrail audit = new(db, clock);

    public async Task<IReadOnlyList<ScheduledChange>> PendingAsync(Guid? nodeKey = null, int take = 100)
    {
        var query = db.ScheduledChanges.AsNoTracking().Where(c => c.Status == ScheduleStatus.Pending || c.Status == ScheduleStatus.Running);
        if (nodeKey is { } key)
        {
            query = query.Where(c => c.NodeKey == key);
        }

        return await query.OrderBy(c => c.DueAtUtc).ThenBy(c => c.Id).Take(take).ToListAsync();
    }

    public async Task<EditResult<ScheduledChange>> ScheduleAsync(Guid nodeKey, ScheduledAction action, int? versionNumber, DateTime dueAtUtc, Editor editor)
    {
        var node = await db.ContentNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Key == nodeKey);
        if (node is null)
        {
            return EditResult<ScheduledChange>.NotFound();
        }

        if (dueAtUtc <= clock.GetUtcNow().UtcDateTime)
        {
            return EditResult<ScheduledChange>.Refused("The date and time must be in the future.");
        }

        WorkflowDecision decision;
        if (action == ScheduledAction.Publish)
        {
            var version = await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.NodeKey == nodeKey && v.Number == versionNumber);
            if (version is null)
            {
                return EditResult<ScheduledChange>.NotFound();
            }

            decision = ScheduleRules.SchedulePublish(version, editor, node.PublishedVersionId);
        }
        else
        {
            decision = ScheduleRules.ScheduleUnpublish(editor, node.ParentKey is null);
            versionNumber = null;
        }

        if (!decision.IsAllowed)
        {
            return EditResult<ScheduledChange>.Refused(decision.Reason!);
        }

        var change = new ScheduledChange
        {
            NodeKey = nodeKey,
            Action = action,
            VersionNumber = versionNumber,
            DueAtUtc = DateTime.SpecifyKind(dueAtUtc, DateTimeKind.Utc),
            CreatedBy = editor.Id,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ScheduledChanges.Add(change);
        audit.Record(editor.Id, AuditAction.Scheduled, AuditSubject.Page(nodeKey, versionNumber), $"{change.Describe()} on {UkTime.Describe(change.DueAtUtc)}");
        await db.SaveChangesAsync();
        return EditResult<ScheduledChange>.Done(change);
    }

    public async Task<EditResult<ScheduledChange>> CancelAsync(Guid nodeKey, long id, Editor editor)
    {
        if (!editor.CanPublish)
        {
            return EditResult<ScheduledChange>.Refused("Only the editorial board can cancel a scheduled change.");
        }

        var change = await db.ScheduledChanges.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.NodeKey == nodeKey);
        if (change is null)
        {
            return EditResult<ScheduledChange>.NotFound();
        }

        // Conditional, like the scheduler's claim: a change that started running cannot be cancelled.
        await using var transaction = await db.Database.BeginTransactionAsync();
        var completedAt = clock.GetUtcNow();
        var outcome = "Cancelled by " + editor.Id;
        var cancelled = await db.ScheduledChanges
            .Where(c => c.Id == id && c.Status == ScheduleStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ScheduleStatus.Cancelled).SetProperty(c => c.CompletedAt, completedAt).SetProperty(c => c.Outcome, outcome));
        if (cancelled == 0)
        {
            return EditResult<ScheduledChange>.Refused("This change has already run, or is running now.");
        }

        audit.Record(editor.Id, AuditAction.ScheduleCancelled, AuditSubject.Page(nodeKey, change.VersionNumber), $"{change.Describe()} on {UkTime.Describe(change.DueAtUtc)}");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        change.Status = ScheduleStatus.Cancelled;
        return EditResult<ScheduledChange>.Done(change);
    }

    /// <summary>Runs every change that is due now; returns how many this call ran (successfully or not).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var staleBefore = now.AddMinutes(-options.Value.StaleClaimMinutes);
        await db.ScheduledChanges
            .Where(c => c.Status == ScheduleStatus.Running && c.ClaimedAtUtc < staleBefore)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ScheduleStatus.Pending), cancellationToken);

        var due = await db.ScheduledChanges.AsNoTracking()
            .Where(c => c.Status == ScheduleStatus.Pending && c.DueAtUtc <= now)
            .OrderBy(c => c.DueAtUtc).ThenBy(c => c.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var ran = 0;
        foreach (var change in due)
        {
            // Claiming is a conditional update, so when several nodes look at once only one runs it.
            var claimed = await db.ScheduledChanges
                .Where(c => c.Id == change.Id && c.Status == ScheduleStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ScheduleStatus.Running).SetProperty(c => c.ClaimedAtUtc, now), cancellationToken);
            if (claimed == 1)
            {
                await RunAsync(change, cancellationToken);
                ran++;
            }
        }

        return ran;
    }

    private async Task RunAsync(ScheduledChange change, CancellationToken cancellationToken)
    {
        var when = UkTime.Describe(change.DueAtUtc);
        var (status, outcome) = change.ClaimedAtUtc is { } earlierAttempt
            ? await AfterEarlierAttemptAsync(change, earlierAttempt, cancellationToken) ?? await ApplyAsync(change, when)
            : await ApplyAsync(change, when);

        db.ChangeTracker.Clear();
        var completedAt = clock.GetUtcNow();
        await db.ScheduledChanges.Where(c => c.Id == change.Id).ExecuteUpdateAsync(
            s => s.SetProperty(c => c.Status, status).SetProperty(c => c.CompletedAt, completedAt).SetProperty(c => c.Outcome, outcome),
            cancellationToken);
        if (status == ScheduleStatus.Failed)
        {
            audit.Record("system", AuditAction.ScheduledChangeFailed, AuditSubject.Page(change.NodeKey, change.VersionNumber), $"{change.Describe()} on {when}: {outcome}");
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Scheduled change {ScheduleId} ({Action}) for {NodeKey}: {Status}", change.Id, change.Action, change.NodeKey, status);
    }

    private async Task<(ScheduleStatus Status, string? Outcome)> ApplyAsync(ScheduledChange change, string when)
    {
        // A scheduled publish is the board member's approval made in advance: it holds only while
        // they could still give it. Otherwise the version waits in the review queue again.
        if (await editors.FindAsync(change.CreatedBy) is not { CanPublish: true } editor)
        {
            var note = $"Not run: {change.CreatedBy} can no longer publish (the account was disabled or left the editorial board). "
                + (change.Action == ScheduledAction.Publish ? "The version waits for another board member's review." : "Ask a board member to unpublish it.");
            audit.Record("system", AuditAction.ScheduledChangeReturned, AuditSubject.Page(change.NodeKey, change.VersionNumber), $"{change.Describe()} on {when}. {note}");
            await db.SaveChangesAsync();
            return (ScheduleStatus.Failed, note);
        }

        try
        {
            var failure = change.Action == ScheduledAction.Publish
                ? await PublishAsync(change, editor, when)
                : (await editing.UnpublishAsync(change.NodeKey, editor)).Reason;
            return failure is null ? (ScheduleStatus.Done, null) : (ScheduleStatus.Failed, failure);
        }
        catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException)
        {
            logger.LogError(exception, "Scheduled change {ScheduleId} failed", change.Id);
            return (ScheduleStatus.Failed, "It could not be saved. Try it by hand.");
        }
    }

    /// <summary>
    /// A change claimed before by a node that stopped before marking it done. It runs again only if
    /// nothing has happened to the page since that attempt began. Otherwise either that attempt did
    /// it (done), or someone changed the page since and the newer change stands (failed, so the board
    /// sees it did not run): a retry never overwrites a newer version.
    /// </summary>
    private async Task<(ScheduleStatus Status, string? Outcome)?> AfterEarlierAttemptAsync(ScheduledChange change, DateTime earlierAttemptUtc, CancellationToken cancellationToken)
    {
        var since = new DateTimeOffset(DateTime.SpecifyKind(earlierAttemptUtc, DateTimeKind.Utc));
        // A page has few recent entries; they are compared in memory because SQLite cannot compare DateTimeOffset values.
        var recent = await db.AuditLog.AsNoTracking()
            .Where(a => a.Capability == AuditCapability.Page && a.ItemKey == AuditSubject.Key(change.NodeKey))
            .OrderByDescending(a => a.Id)
            .Take(100)
            .ToListAsync(cancellationToken);
        var first = recent.Where(a => a.At >= since && !SchedulingActions.Contains(a.Action)).MinBy(a => a.Id);
        if (first is null)
        {
            return null;
        }

        var wasThisChange = first.Actor == change.CreatedBy && (change.Action == ScheduledAction.Publish
            ? first.VersionNumber == change.VersionNumber && first.Action is AuditAction.Approved or AuditAction.Published
            : first.Action == AuditAction.Unpublished);
        return wasThisChange
            ? (ScheduleStatus.Done, null)
            : (ScheduleStatus.Failed, $"The page was changed ({first.Action.Label().ToLowerInvariant()}) after this change began on a node that then stopped, so it was not run again: the newer change stands.");
    }

    private async Task<string?> PublishAsync(ScheduledChange change, Editor editor, string when)
    {
        var version = await db.ContentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.NodeKey == change.NodeKey && v.Number == change.VersionNumber);
        var comment = $"Published as scheduled for {when}";
        var result = version?.Review.State switch
        {
            null => null,
            WorkflowState.Submitted => await editing.ApproveAsync(new VersionRef(change.NodeKey, version.Number), version.Review.Revision, editor, comment),
            WorkflowState.Approved => await editing.PublishApprovedAsync(change.NodeKey, version.Number, editor, comment),
            _ => EditResult<Core.Content.ContentVersion>.Refused($"Version {version.Number} was no longer submitted or approved."),
        };
        return result is null ? "The version no longer exists." : result.Reason;
    }
}
