using System.Globalization;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>
/// What the proposed change says: the new status, the commentary families read and the evidence
/// behind it, and a new plain-English title for the action (null keeps the one it has).
/// </summary>
public sealed record StatusChangeDraft(ActionStatus ToStatus, string Commentary, string EvidenceKind, string? EvidenceNote, string? PlainTitle = null);

/// <summary>
/// Status changes to the improvement plan's actions through the one editorial workflow: drafted
/// and rewritten in place (each rewrite a new revision), submitted, approved and published by a
/// board member who changed none of it, or returned. Publishing refreshes this node's published
/// plan before returning.
/// </summary>
public sealed class StatusChangeEditing(LocalOfferDbContext db, PublishedPlanLoader plan, TimeProvider clock)
    : ReviewWorkflow<StatusChange, long>(db, clock)
{
    public override AuditCapability Capability => AuditCapability.PlanStatusChange;

    public async Task<EditResult<StatusChange>> DraftAsync(string actionRef, StatusChangeDraft draft, Editor editor)
    {
        var action = await Db.PlanActions.SingleOrDefaultAsync(a => a.Ref == actionRef);
        if (action is null)
        {
            return EditResult<StatusChange>.NotFound();
        }

        var change = new StatusChange { ActionRef = action.Ref, FromStatus = action.Status, CreatedAt = Clock.GetUtcNow() };
        Apply(change, draft, editor, action);
        return await AddDraftAsync(change, editor);
    }

    /// <summary>Rewrites a draft (or one with changes requested); whoever rewrites it is a contributor, so cannot approve it.</summary>
    public Task<EditResult<StatusChange>> UpdateAsync(long id, StatusChangeDraft draft, Editor editor) =>
        EditInPlaceAsync(id, editor,
            change => change.IsPublished ? "This change is published and part of the action's history. Draft a new change instead."
                : !editor.CanPublish && change.CreatedBy != editor.Id ? "Only the person who drafted this change, or the editorial board, can change it."
                : null,
            async change => Apply(change, draft, editor, await Db.PlanActions.AsNoTracking().SingleAsync(a => a.Ref == change.ActionRef)));

    protected override Task<StatusChange?> FindAsync(long id) => Db.PlanStatusChanges.SingleOrDefaultAsync(c => c.Id == id);

    protected override AuditSubject SubjectOf(StatusChange change) => new(AuditCapability.PlanStatusChange, change.Id.ToString(CultureInfo.InvariantCulture));

    protected override string Describe(StatusChange change) =>
        $"Action {change.ActionRef}: {change.FromStatus.Label()} → {change.ToStatus.Label()} ({change.EvidenceKind}). "
        + (change.PlainTitle is null ? "" : $"New title: {change.PlainTitle}. ") + change.Commentary;

    /// <summary>Makes the change's status the one families see, from the action's status at this moment.</summary>
    protected override async Task PublishAsync(StatusChange change, Editor editor, DateTimeOffset now)
    {
        var action = await Db.PlanActions.SingleAsync(a => a.Ref == change.ActionRef);
        change.FromStatus = action.Status;
        change.PublishedAt = now;
        (action.Status, action.StatusChangedAt) = (change.ToStatus, now);
        if (change.PlainTitle is not null && change.PlainTitle != action.PlainTitle)
        {
            (action.PlainTitle, action.PlainTitleChangedAt) = (change.PlainTitle, now);
        }
    }

    protected override Task RefreshPublishedAsync() => plan.RefreshAsync();

    protected override IQueryable<StatusChange> Current => Db.PlanStatusChanges.AsNoTracking().Where(c => c.PublishedAt == null);

    protected override (string Title, string Address) Locate(StatusChange change) =>
        ($"Action {change.ActionRef}: {change.FromStatus.Label()} to {change.ToStatus.Label()}", $"/editorial/improvement-plan/changes/{change.Id}");

    private static void Apply(StatusChange change, StatusChangeDraft draft, Editor editor, PlanAction action)
    {
        change.ToStatus = draft.ToStatus;
        // A title left as it is is no rename, so the history shows only real new titles.
        var title = string.IsNullOrWhiteSpace(draft.PlainTitle) ? null : draft.PlainTitle.Trim();
        change.PlainTitle = title == action.PlainTitle ? null : title;
        change.Commentary = draft.Commentary.Trim();
        change.EvidenceKind = draft.EvidenceKind;
        change.EvidenceNote = string.IsNullOrWhiteSpace(draft.EvidenceNote) ? null : draft.EvidenceNote.Trim();
        change.CreatedBy = editor.Id;
    }
}
