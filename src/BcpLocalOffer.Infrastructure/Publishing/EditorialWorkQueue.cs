using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// What is waiting for one editor: their own unfinished drafts, the changes others submitted that
/// they may approve (board members), and what happened lately. Three queries, whatever the size of the site.
/// </summary>
public sealed class EditorialWorkQueue(LocalOfferDbContext db)
{
    private const int Shown = 20;

    public async Task<EditorialWork> ForAsync(Editor editor, CancellationToken cancellationToken = default)
    {
        // Only a page's newest version can be waiting: older ones were superseded.
        var newest = db.ContentVersions
            .Where(v => v.Number == db.ContentVersions.Where(o => o.NodeKey == v.NodeKey).Max(o => o.Number))
            .Where(v => db.ContentNodes.Any(n => n.Key == v.NodeKey && n.ArchivedAt == null));

        var drafts = await newest
            .Where(v => v.CreatedBy == editor.Id && (v.Review.State == WorkflowState.Draft || v.Review.State == WorkflowState.ChangesRequested))
            .OrderByDescending(v => v.Id)
            .Take(Shown)
            .AsNoTracking()
            .ToListAsync(cancellationToken);

        IReadOnlyList<ContentVersion> toReview = editor.CanPublish
            ? await newest
                .Where(v => v.Review.State == WorkflowState.Submitted && !v.Review.Contributors.Contains(editor.Id))
                .OrderBy(v => v.Id)
                .Take(Shown)
                .AsNoTracking()
                .ToListAsync(cancellationToken)
            : [];

        var activity = await db.AuditLog.OrderByDescending(a => a.Id).Take(10).AsNoTracking().ToListAsync(cancellationToken);
        return new EditorialWork(drafts, toReview, activity);
    }
}

/// <param name="Drafts">The editor's own drafts not yet submitted, or returned with changes requested; newest first.</param>
/// <param name="AwaitingReview">Changes others submitted, oldest first (they have waited longest); empty for authors.</param>
/// <param name="RecentActivity">The latest audit entries.</param>
public sealed record EditorialWork(
    IReadOnlyList<ContentVersion> Drafts,
    IReadOnlyList<ContentVersion> AwaitingReview,
    IReadOnlyList<AuditEntry> RecentActivity);
