using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>"Mark as reviewed": the board confirms a page is still right, and the public sees the new date at once.</summary>
public sealed class PageReviews(LocalOfferDbContext db, PublishedCacheLoader publishedCache, TimeProvider clock)
{
    public static readonly int MonthsUntilNextReview = 6;

    private readonly AuditTrail audit = new(db, clock);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>
    /// Records who reviewed the page and when, sets its last-reviewed date to today and its next
    /// review to <paramref name="nextReviewBy"/> (six months on when not given).
    /// </summary>
    /// <remarks>
    /// A review confirms the words; it does not change them, so it makes no new version and needs
    /// no approval. The review dates are metadata of the published version and of any newer draft
    /// (so publishing that draft later does not bring the old dates back); they are updated in place,
    /// and the audit entry keeps the dates they had before, with who and when. Versions older than the
    /// published one keep the dates they were approved with, so the history of what was said stays as it was.
    /// </remarks>
    public async Task<EditResult<ContentNode>> MarkReviewedAsync(Guid key, DateOnly? nextReviewBy, Editor editor)
    {
        if (StructureRules.MarkReviewed(editor) is { IsAllowed: false } notAllowed)
        {
            return EditResult<ContentNode>.Refused(notAllowed.Reason!);
        }

        var tree = new ContentTree(await db.ContentNodes.ToListAsync());
        if (tree.Find(key) is not { } node)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (tree.IsArchived(key))
        {
            return EditResult<ContentNode>.Refused("This page is archived. Restore it before marking it as reviewed.");
        }

        var today = Today;
        var reviewBy = nextReviewBy ?? today.AddMonths(MonthsUntilNextReview);
        if (reviewBy <= today)
        {
            return EditResult<ContentNode>.Refused("The next review date must be in the future.");
        }

        var versions = await db.ContentVersions.Where(v => v.NodeKey == key).ToListAsync();
        await RecordReviewAsync(node, versions, today, reviewBy, editor, "");
        return EditResult<ContentNode>.Done(node);
    }

    /// <summary>
    /// An owner says, from the link in a reminder, that a published page is still correct: as
    /// "Mark as reviewed", by the person the link was made for, and only while the page still has
    /// the review date the link was made for (so a link works once).
    /// </summary>
    public async Task<EditResult<ContentNode>> ConfirmStillCorrectAsync(Guid key, DateOnly linkReviewBy, Editor owner)
    {
        var node = await db.ContentNodes.SingleOrDefaultAsync(n => n.Key == key && n.ArchivedAt == null && n.PublishedVersionId != null);
        var versions = node is null ? [] : await db.ContentVersions.Where(v => v.NodeKey == key).ToListAsync();
        var shown = versions.SingleOrDefault(v => v.Id == node?.PublishedVersionId);
        if (node is null || shown is null)
        {
            return EditResult<ContentNode>.NotFound();
        }

        if (WorkflowRules.ConfirmStillCorrect(owner, shown.OwnerOrganisation, shown.ReviewBy, linkReviewBy, "page") is { IsAllowed: false } refused)
        {
            return refused.Refusal == Refusal.Changed ? EditResult<ContentNode>.Conflict(node, refused.Reason!) : EditResult<ContentNode>.Refused(refused.Reason!);
        }

        var today = Today;
        await RecordReviewAsync(node, versions, today, today.AddMonths(MonthsUntilNextReview), owner, " (confirmed still correct from the emailed link)");
        return EditResult<ContentNode>.Done(node);
    }

    private async Task RecordReviewAsync(ContentNode node, List<ContentVersion> versions, DateOnly today, DateOnly reviewBy, Editor editor, string how)
    {
        var key = node.Key;
        var shown = versions.SingleOrDefault(v => v.Id == node.PublishedVersionId) ?? versions.MaxBy(v => v.Number)!;
        var detail = $"Last reviewed {shown.LastReviewed:yyyy-MM-dd} → {today:yyyy-MM-dd}; review by {shown.ReviewBy:yyyy-MM-dd} → {reviewBy:yyyy-MM-dd}{how}";
        foreach (var version in versions.Where(v => v.Number >= shown.Number))
        {
            version.LastReviewed = today;
            version.ReviewBy = reviewBy;
        }

        node.LastReviewedBy = editor.Id;
        node.LastReviewedAt = clock.GetUtcNow();
        audit.Record(editor, AuditAction.MarkedReviewed, AuditSubject.Page(key, shown.Number), detail);
        await db.SaveChangesAsync();
        if (node.PublishedVersionId is not null)
        {
            await publishedCache.RefreshAsync();
        }
    }
}
