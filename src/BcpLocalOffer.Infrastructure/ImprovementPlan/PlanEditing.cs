using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>What the proposed change says: the new status, the commentary families read and the evidence behind it.</summary>
public sealed record StatusChangeDraft(ActionStatus ToStatus, string Commentary, string EvidenceKind, string? EvidenceNote);

/// <summary>
/// Everything the board does to the improvement plan, each as one transaction with its audit
/// entry: status changes (drafted, submitted, approved and published, or returned) and quarterly
/// reports (drafted, submitted, published). The editorial workflow's rules apply, four eyes
/// included. Publishing refreshes this node's published plan before returning.
/// </summary>
public sealed class PlanEditing(LocalOfferDbContext db, PublishedPlanLoader plan, TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<EditResult<StatusChange>> DraftChangeAsync(string actionRef, StatusChangeDraft draft, Editor editor)
    {
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Ref == actionRef);
        if (action is null)
        {
            return EditResult<StatusChange>.NotFound();
        }

        var change = new StatusChange
        {
            ActionRef = action.Ref,
            FromStatus = action.Status,
            CreatedAt = clock.GetUtcNow(),
        };
        Apply(change, draft, editor);
        db.PlanStatusChanges.Add(change);
        audit.Record(editor, "Plan change drafted", null, null, Describe(change));
        await db.SaveChangesAsync();
        return EditResult<StatusChange>.Done(change);
    }

    /// <summary>Rewrites a draft (or one with changes requested); whoever rewrites it becomes its author, so cannot approve it.</summary>
    public async Task<EditResult<StatusChange>> UpdateChangeAsync(long id, StatusChangeDraft draft, Editor editor)
    {
        var change = await db.PlanStatusChanges.SingleOrDefaultAsync(c => c.Id == id);
        if (change is null)
        {
            return EditResult<StatusChange>.NotFound();
        }

        if (change.State is not (WorkflowState.Draft or WorkflowState.ChangesRequested))
        {
            return EditResult<StatusChange>.Refused("Only a draft, or one with changes requested, can be changed.");
        }

        if (!editor.CanPublish && change.CreatedBy != editor.Id)
        {
            return EditResult<StatusChange>.Refused("Only the person who drafted this change, or the editorial board, can change it.");
        }

        Apply(change, draft, editor);
        change.State = WorkflowState.Draft;
        audit.Record(editor, "Plan change saved", null, null, Describe(change));
        await db.SaveChangesAsync();
        return EditResult<StatusChange>.Done(change);
    }

    public Task<EditResult<StatusChange>> SubmitChangeAsync(long id, Editor editor) =>
        TransitionChange(id, editor, c => WorkflowRules.Submit(c.State), "Plan change submitted", c => c.State = WorkflowState.Submitted);

    public Task<EditResult<StatusChange>> RequestChangesToChangeAsync(long id, Editor editor, string? comment) =>
        TransitionChange(id, editor, c => WorkflowRules.RequestChanges(c.State, editor, comment), "Plan change returned", c =>
        {
            c.State = WorkflowState.ChangesRequested;
            (c.ReviewComment, c.ReviewedBy, c.ReviewedAt) = (comment!.Trim(), editor.Id, clock.GetUtcNow());
        });

    /// <summary>Approves a submitted change and makes its status the one families see.</summary>
    public async Task<EditResult<StatusChange>> ApproveChangeAsync(long id, Editor editor)
    {
        var result = await TransitionChange(id, editor, c => WorkflowRules.Approve(c.State, c.CreatedBy, editor), "Plan change approved and published", async change =>
        {
            var now = clock.GetUtcNow();
            var action = await db.PlanActions.SingleAsync(a => a.Ref == change.ActionRef);
            change.FromStatus = action.Status;
            (change.State, change.ReviewedBy, change.ReviewedAt, change.ReviewComment, change.PublishedAt) = (WorkflowState.Approved, editor.Id, now, null, now);
            (action.Status, action.StatusChangedAt) = (change.ToStatus, now);
        });
        if (result.Succeeded)
        {
            await plan.RefreshAsync();
        }

        return result;
    }

    /// <summary>Published status changes no quarterly report has reported yet: what the next report will gather.</summary>
    public async Task<IReadOnlyList<StatusChange>> UnreportedChangesAsync() =>
        [.. (await db.PlanStatusChanges.AsNoTracking().Where(c => c.PublishedAt != null && c.QuarterlyReportId == null).ToListAsync())
            .OrderBy(c => c.ActionRef, RefComparer.Instance).ThenBy(c => c.Id)];

    public async Task<EditResult<QuarterlyReport>> DraftReportAsync(string title, string summary, Editor editor)
    {
        if (!editor.CanPublish)
        {
            return EditResult<QuarterlyReport>.Refused("Only the editorial board can write a quarterly report.");
        }

        var report = new QuarterlyReport { Title = title.Trim(), Summary = summary.Trim(), CreatedBy = editor.Id, CreatedAt = clock.GetUtcNow() };
        db.PlanQuarterlyReports.Add(report);
        audit.Record(editor, "Quarterly report drafted", null, null, report.Title);
        await db.SaveChangesAsync();
        return EditResult<QuarterlyReport>.Done(report);
    }

    public async Task<EditResult<QuarterlyReport>> UpdateReportAsync(long id, string title, string summary, Editor editor)
    {
        var report = await db.PlanQuarterlyReports.SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return EditResult<QuarterlyReport>.NotFound();
        }

        if (!editor.CanPublish)
        {
            return EditResult<QuarterlyReport>.Refused("Only the editorial board can write a quarterly report.");
        }

        if (report.State is not (WorkflowState.Draft or WorkflowState.ChangesRequested))
        {
            return EditResult<QuarterlyReport>.Refused("Only a draft report, or one with changes requested, can be changed.");
        }

        (report.Title, report.Summary, report.CreatedBy, report.State) = (title.Trim(), summary.Trim(), editor.Id, WorkflowState.Draft);
        audit.Record(editor, "Quarterly report saved", null, null, report.Title);
        await db.SaveChangesAsync();
        return EditResult<QuarterlyReport>.Done(report);
    }

    public Task<EditResult<QuarterlyReport>> SubmitReportAsync(long id, Editor editor) =>
        TransitionReport(id, editor, r => editor.CanPublish ? WorkflowRules.Submit(r.State) : WorkflowDecision.Refused("Only the editorial board can submit a quarterly report."),
            "Quarterly report submitted", r => r.State = WorkflowState.Submitted);

    public Task<EditResult<QuarterlyReport>> RequestChangesToReportAsync(long id, Editor editor, string? comment) =>
        TransitionReport(id, editor, r => WorkflowRules.RequestChanges(r.State, editor, comment), "Quarterly report returned", r =>
        {
            r.State = WorkflowState.ChangesRequested;
            (r.ReviewComment, r.ReviewedBy, r.ReviewedAt) = (comment!.Trim(), editor.Id, clock.GetUtcNow());
        });

    /// <summary>
    /// Publishes a submitted report. It gathers every status change published since the last
    /// report at this moment, so a change published between drafting and publishing is not missed.
    /// </summary>
    public async Task<EditResult<QuarterlyReport>> PublishReportAsync(long id, Editor editor)
    {
        var gathered = 0;
        var result = await TransitionReport(id, editor, r => WorkflowRules.Approve(r.State, r.CreatedBy, editor), "Quarterly report published", async report =>
        {
            var now = clock.GetUtcNow();
            (report.State, report.ReviewedBy, report.ReviewedAt, report.ReviewComment, report.PublishedAt) = (WorkflowState.Approved, editor.Id, now, null, now);
            var unreported = await db.PlanStatusChanges.Where(c => c.PublishedAt != null && c.QuarterlyReportId == null).ToListAsync();
            foreach (var change in unreported)
            {
                change.QuarterlyReportId = report.Id;
            }

            gathered = unreported.Count;
        }, r => $"{r.Title}: {gathered} status changes");
        if (result.Succeeded)
        {
            await plan.RefreshAsync();
        }

        return result;
    }

    private static void Apply(StatusChange change, StatusChangeDraft draft, Editor editor)
    {
        change.ToStatus = draft.ToStatus;
        change.Commentary = draft.Commentary.Trim();
        change.EvidenceKind = draft.EvidenceKind;
        change.EvidenceNote = string.IsNullOrWhiteSpace(draft.EvidenceNote) ? null : draft.EvidenceNote.Trim();
        change.CreatedBy = editor.Id;
    }

    private static string Describe(StatusChange change) =>
        $"Action {change.ActionRef}: {change.FromStatus.Label()} → {change.ToStatus.Label()} ({change.EvidenceKind}). {change.Commentary}";

    private Task<EditResult<StatusChange>> TransitionChange(long id, Editor editor, Func<StatusChange, WorkflowDecision> rule, string action, Action<StatusChange> apply) =>
        TransitionChange(id, editor, rule, action, change =>
        {
            apply(change);
            return Task.CompletedTask;
        });

    private async Task<EditResult<StatusChange>> TransitionChange(long id, Editor editor, Func<StatusChange, WorkflowDecision> rule, string action, Func<StatusChange, Task> apply)
    {
        var change = await db.PlanStatusChanges.SingleOrDefaultAsync(c => c.Id == id);
        if (change is null)
        {
            return EditResult<StatusChange>.NotFound();
        }

        var decision = rule(change);
        if (!decision.IsAllowed)
        {
            return EditResult<StatusChange>.Refused(decision.Reason!);
        }

        await apply(change);
        audit.Record(editor, action, null, null, change.ReviewComment is { } comment && change.State == WorkflowState.ChangesRequested ? $"Action {change.ActionRef}: {comment}" : Describe(change));
        await db.SaveChangesAsync();
        return EditResult<StatusChange>.Done(change);
    }

    private Task<EditResult<QuarterlyReport>> TransitionReport(long id, Editor editor, Func<QuarterlyReport, WorkflowDecision> rule, string action, Action<QuarterlyReport> apply) =>
        TransitionReport(id, editor, rule, action, report =>
        {
            apply(report);
            return Task.CompletedTask;
        });

    private async Task<EditResult<QuarterlyReport>> TransitionReport(
        long id, Editor editor, Func<QuarterlyReport, WorkflowDecision> rule, string action, Func<QuarterlyReport, Task> apply, Func<QuarterlyReport, string>? detail = null)
    {
        var report = await db.PlanQuarterlyReports.SingleOrDefaultAsync(r => r.Id == id);
        if (report is null)
        {
            return EditResult<QuarterlyReport>.NotFound();
        }

        var decision = rule(report);
        if (!decision.IsAllowed)
        {
            return EditResult<QuarterlyReport>.Refused(decision.Reason!);
        }

        await apply(report);
        audit.Record(editor, action, null, null, detail?.Invoke(report) ?? (report.State == WorkflowState.ChangesRequested ? $"{report.Title}: {report.ReviewComment}" : report.Title));
        await db.SaveChangesAsync();
        return EditResult<QuarterlyReport>.Done(report);
    }
}
