using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Workflow;

/// <summary>
/// The one way anything reaches the public after review, shared by every kind of reviewable
/// content as Umbraco shares its publishing service base: load the item, ask
/// <see cref="WorkflowRules"/>, change its review state, publish it if approved, write the audit
/// entry and the emails about it, save (the change feed entry is written by the same save) and refresh this node's
/// published snapshot. A kind of content supplies only what differs: how to find an item, what to
/// call it, and how an approved draft becomes what families see.
/// </summary>
/// <typeparam name="TItem">The reviewable item: a page or service version, a plan status change, a report, an entry, a media file.</typeparam>
/// <typeparam name="TId">How the review page names the item.</typeparam>
public abstract class ReviewWorkflow<TItem, TId>(LocalOfferDbContext db, TimeProvider clock) : IReviewQueue
    where TItem : class, IReviewable
{
    protected LocalOfferDbContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    protected AuditTrail Audit { get; } = new(db, clock);

    /// <summary>Emails about each step, queued in the same save as the step.</summary>
    private readonly Notifications.WorkflowNotices notices = new(db, new Notifications.Outbox(db, clock));

    public abstract AuditCapability Capability { get; }

    /// <summary>The item, tracked, or null when there is none.</summary>
    protected abstract Task<TItem?> FindAsync(TId id);

    protected abstract AuditSubject SubjectOf(TItem item);

    /// <summary>What the audit log calls the item (no personal data about families).</summary>
    protected abstract string Describe(TItem item);

    /// <summary>A rule of this kind's own on top of the shared ones (quarterly reports are the board's to submit).</summary>
    protected virtual WorkflowDecision MaySubmit(TItem item, Editor editor) => WorkflowDecision.Allowed;

    /// <summary>Makes the approved item what the public sees, in the same unit of work as the approval.</summary>
    protected abstract Task PublishAsync(TItem item, Editor editor, DateTimeOffset now);

    /// <summary>Refreshes this node's published snapshot after a publish was saved.</summary>
    protected abstract Task RefreshPublishedAsync();

    /// <summary>
    /// The items of this kind that can be in the work queue, untracked: for kinds that keep every
    /// version, each item's newest version only (an older one was superseded).
    /// </summary>
    protected abstract IQueryable<TItem> Current { get; }

    /// <summary>What the work queue calls the item and where its review page is.</summary>
    protected abstract (string Title, string Address) Locate(TItem item);

    /// <summary>The organisation that keeps the item, for kinds that have owners (pages, services).</summary>
    protected virtual string? OwnerOf(TItem item) => null;

    /// <summary>
    /// The organisation that runs the item, for the one kind service providers may change (services);
    /// null for every other kind, which <see cref="WorkflowRules.ProviderMayChange"/> then keeps from them.
    /// </summary>
    protected virtual string? ProvidedBy(TItem item) => null;

    public async Task<IReadOnlyList<WorkItem>> OpenItemsAsync(CancellationToken cancellationToken = default)
    {
        var open = await Current
            .Where(i => i.Review.State != WorkflowState.Approved)
            .ToListAsync(cancellationToken);
        return [.. open.Select(item =>
        {
            var (title, address) = Locate(item);
            var review = item.Review;
            return new WorkItem(Capability, title, address, review.State, review.SubmittedBy, review.SubmittedAt, review.ReviewedBy, review.Comment, review.ContributorIds, OwnerOf(item));
        })];
    }

    public Task<EditResult<TItem>> SubmitAsync(TId id, Editor editor) =>
        TransitionAsync(id, editor, AuditAction.Submitted,
            item => WorkflowRules.Submit(item.Review) is { IsAllowed: false } refused ? refused : MaySubmit(item, editor),
            (item, now) =>
            {
                item.Review.Submit(editor.Id, now);
                return Task.CompletedTask;
            });

    public Task<EditResult<TItem>> RequestChangesAsync(TId id, Editor editor, string? comment) =>
        TransitionAsync(id, editor, AuditAction.ChangesRequested,
            item => WorkflowRules.RequestChanges(item.Review, editor, comment),
            (item, now) =>
            {
                item.Review.ReturnWithChanges(editor.Id, now, comment!.Trim());
                return Task.CompletedTask;
            });

    /// <summary>Approves the revision the reviewer read and publishes it; any other revision is refused.</summary>
    /// <param name="seenRevision">The revision the review page showed; null (a malformed approval) approves nothing.</param>
    public async Task<EditResult<TItem>> ApproveAsync(TId id, int? seenRevision, Editor editor, string? comment = null)
    {
        var result = await TransitionAsync(id, editor, AuditAction.Approved,
            item => WorkflowRules.Approve(item.Review, editor, seenRevision),
            async (item, now) =>
            {
                item.Review.Approve(editor.Id, now, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim());
                await PublishAsync(item, editor, now);
            });
        if (result.Succeeded)
        {
            await RefreshPublishedAsync();
        }

        return result;
    }

    /// <summary>
    /// Adds a new item as its author's draft, audited. It is saved first so the audit entry can
    /// name it by its new id; <paramref name="afterAdd"/> does what needs that id too.
    /// </summary>
    protected async Task<EditResult<TItem>> AddDraftAsync(TItem item, Editor editor, Func<TItem, Task>? afterAdd = null)
    {
        if (WorkflowRules.ProviderMayChange(editor, ProvidedBy(item)) is { IsAllowed: false } outOfReach)
        {
            return EditResult<TItem>.Refused(outOfReach.Reason!);
        }

        item.Review = ReviewState.NewDraft(editor.Id);
        Db.Add(item);
        await Db.SaveChangesAsync();
        if (afterAdd is not null)
        {
            await afterAdd(item);
        }

        Audit.Record(editor, AuditAction.Created, SubjectOf(item), Describe(item));
        await Db.SaveChangesAsync();
        return EditResult<TItem>.Done(item);
    }

    /// <summary>
    /// Changes an item in place (kinds that keep no versions): the kind's own refusal if any, the
    /// shared edit rule, then the change as a new revision with its editor among the contributors,
    /// the audit entry and the save.
    /// </summary>
    /// <param name="refusal">Why this editor may not change this item, or null when they may.</param>
    protected async Task<EditResult<TItem>> EditInPlaceAsync(TId id, Editor editor, Func<TItem, string?> refusal, Func<TItem, Task> change)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return EditResult<TItem>.NotFound();
        }

        var decision = WorkflowRules.ProviderMayChange(editor, ProvidedBy(item)) is { IsAllowed: false } outOfReach ? outOfReach
            : refusal(item) is { } reason ? WorkflowDecision.Refused(reason)
            : WorkflowRules.Edit(item.Review);
        if (!decision.IsAllowed)
        {
            return EditResult<TItem>.Refused(decision.Reason!);
        }

        await change(item);
        item.Review.Edited(editor.Id);
        Audit.Record(editor, AuditAction.Saved, SubjectOf(item), Describe(item));
        await Db.SaveChangesAsync();
        return EditResult<TItem>.Done(item);
    }

    private async Task<EditResult<TItem>> TransitionAsync(
        TId id, Editor editor, AuditAction action, Func<TItem, WorkflowDecision> rule, Func<TItem, DateTimeOffset, Task> apply)
    {
        var item = await FindAsync(id);
        if (item is null)
        {
            return EditResult<TItem>.NotFound();
        }

        var decision = WorkflowRules.ProviderMayChange(editor, ProvidedBy(item)) is { IsAllowed: false } outOfReach ? outOfReach : rule(item);
        if (!decision.IsAllowed)
        {
            // A draft that changed under the reviewer is a conflict, not a lack of rights: they read the new one and decide again.
            return decision.Refusal switch
            {
                Refusal.Changed => EditResult<TItem>.Conflict(item, decision.Reason!),
                Refusal.Malformed => EditResult<TItem>.Invalid(decision.Reason!),
                _ => EditResult<TItem>.Refused(decision.Reason!),
            };
        }

        await apply(item, Clock.GetUtcNow());
        var detail = item.Review.Comment is { } said && action is AuditAction.ChangesRequested or AuditAction.Approved
            ? $"{Describe(item)}: {said}"
            : Describe(item);
        Audit.Record(editor, action, SubjectOf(item), detail);
        var (title, address) = Locate(item);
        await notices.QueueAsync(action, Capability, item.Review, title, address, editor);
        await Db.SaveChangesAsync();
        return EditResult<TItem>.Done(item);
    }
}

/// <summary>A version of a page or a service, as its review page names it.</summary>
public readonly record struct VersionRef(Guid Key, int Number);
