using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.YouSaidWeDid;

/// <summary>
/// "You said – We did" entries through the editorial workflow: drafted, submitted, approved and
/// published by another board member (four eyes), or returned; unpublished by the board. Each
/// action is one transaction with its audit entry; publishing and unpublishing refresh the
/// published entries (and so the search index) before returning.
/// </summary>
public sealed class YouSaidWeDidEditing(LocalOfferDbContext db, PublishedYouSaidWeDidLoader published, TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<EditResult<YouSaidWeDidEntry>> DraftAsync(EntryContent content, Editor editor)
    {
        var entry = new YouSaidWeDidEntry { Draft = content, CreatedBy = editor.Id, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, State = WorkflowState.Draft };
        db.YouSaidWeDidEntries.Add(entry);
        await db.SaveChangesAsync();
        await LinkFeedbackAsync(entry);
        audit.Record(editor, "You said – We did drafted", null, null, Describe(entry));
        await db.SaveChangesAsync();
        return EditResult<YouSaidWeDidEntry>.Done(entry);
    }

    /// <summary>Changes the draft. A published entry stays as it is in public until the change is approved.</summary>
    public async Task<EditResult<YouSaidWeDidEntry>> UpdateAsync(int id, EntryContent content, Editor editor)
    {
        var entry = await db.YouSaidWeDidEntries.SingleOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return EditResult<YouSaidWeDidEntry>.NotFound();
        }

        if (entry.State == WorkflowState.Submitted)
        {
            return EditResult<YouSaidWeDidEntry>.Refused("This entry is waiting for review. Ask a board member to request changes before you change it.");
        }

        if (!editor.CanPublish && entry.CreatedBy != editor.Id)
        {
            return EditResult<YouSaidWeDidEntry>.Refused("Only the person who drafted this entry, or the editorial board, can change it.");
        }

        (entry.Draft, entry.State, entry.CreatedBy) = (content, WorkflowState.Draft, editor.Id);
        await LinkFeedbackAsync(entry);
        audit.Record(editor, "You said – We did saved", null, null, Describe(entry));
        await db.SaveChangesAsync();
        return EditResult<YouSaidWeDidEntry>.Done(entry);
    }

    public Task<EditResult<YouSaidWeDidEntry>> SubmitAsync(int id, Editor editor) =>
        TransitionAsync(id, editor, e => WorkflowRules.Submit(e.State), "You said – We did submitted", e => e.State = WorkflowState.Submitted);

    public Task<EditResult<YouSaidWeDidEntry>> RequestChangesAsync(int id, Editor editor, string? comment) =>
        TransitionAsync(id, editor, e => WorkflowRules.RequestChanges(e.State, editor, comment), "You said – We did returned", e =>
        {
            (e.State, e.ReviewComment, e.ReviewedBy, e.ReviewedAtUtc) = (WorkflowState.ChangesRequested, comment!.Trim(), editor.Id, clock.GetUtcNow().UtcDateTime);
        });

    public async Task<EditResult<YouSaidWeDidEntry>> ApproveAsync(int id, Editor editor)
    {
        var result = await TransitionAsync(id, editor, e => WorkflowRules.Approve(e.State, e.CreatedBy, editor), "You said – We did approved and published", e =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            (e.State, e.ReviewedBy, e.ReviewedAtUtc, e.ReviewComment) = (WorkflowState.Approved, editor.Id, now, null);
            (e.Published, e.PublishedAtUtc) = (e.Draft, now);
            e.FirstPublishedAtUtc ??= now;
        });
        if (result.Succeeded)
        {
            await published.RefreshAsync();
        }

        return result;
    }

    public async Task<EditResult<YouSaidWeDidEntry>> UnpublishAsync(int id, Editor editor)
    {
        var result = await TransitionAsync(id, editor,
            e => !editor.CanPublish ? WorkflowDecision.Refused("Only the editorial board can unpublish an entry.")
                : e.Published is null ? WorkflowDecision.Refused("This entry is not published.") : WorkflowDecision.Allowed,
            "You said – We did unpublished", e =>
            {
                (e.Published, e.PublishedAtUtc) = (null, null);
                if (e.State == WorkflowState.Approved)
                {
                    e.State = WorkflowState.Draft;
                }
            });
        if (result.Succeeded)
        {
            await published.RefreshAsync();
        }

        return result;
    }

    private async Task<EditResult<YouSaidWeDidEntry>> TransitionAsync(int id, Editor editor, Func<YouSaidWeDidEntry, WorkflowDecision> rule, string action, Action<YouSaidWeDidEntry> apply)
    {
        var entry = await db.YouSaidWeDidEntries.SingleOrDefaultAsync(e => e.Id == id);
        if (entry is null)
        {
            return EditResult<YouSaidWeDidEntry>.NotFound();
        }

        var decision = rule(entry);
        if (!decision.IsAllowed)
        {
            return EditResult<YouSaidWeDidEntry>.Refused(decision.Reason!);
        }

        apply(entry);
        audit.Record(editor, action, null, null, entry.State == WorkflowState.ChangesRequested ? $"Entry {entry.Id}: {entry.ReviewComment}" : Describe(entry));
        await db.SaveChangesAsync();
        return EditResult<YouSaidWeDidEntry>.Done(entry);
    }

    /// <summary>An entry answers the feedback tagged with its theme: those are its linked items.</summary>
    private async Task LinkFeedbackAsync(YouSaidWeDidEntry entry)
    {
        var existing = await db.YouSaidWeDidFeedbackLinks.Where(l => l.EntryId == entry.Id).ToListAsync();
        db.YouSaidWeDidFeedbackLinks.RemoveRange(existing);
        if (entry.Draft.ThemeId is not { } themeId)
        {
            return;
        }

        // Themes are a JSON list on each item; the inbox holds thousands, not millions, so this reads ids and tags only.
        var tagged = (await db.FeedbackItems.AsNoTracking().Where(i => i.Kind == FeedbackKind.Comment || i.Kind == FeedbackKind.PageAnswer)
                .Select(i => new { i.Id, i.ThemeIds }).ToListAsync())
            .Where(i => i.ThemeIds.Contains(themeId)).Select(i => i.Id);
        db.YouSaidWeDidFeedbackLinks.AddRange(tagged.Select(feedbackId => new YouSaidWeDidFeedbackLink { EntryId = entry.Id, FeedbackId = feedbackId }));
    }

    private static string Describe(YouSaidWeDidEntry entry) =>
        $"Entry {entry.Id} ({entry.Draft.Outcome.Label()}): {entry.Draft.YouSaid}";
}
