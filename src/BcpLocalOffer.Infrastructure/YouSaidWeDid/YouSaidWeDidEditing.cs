using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.Workflow;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.YouSaidWeDid;

/// <summary>
/// "You said – We did" entries through the one editorial workflow: drafted, submitted, approved
/// and published by a board member who did not change it (four eyes), or returned; unpublished
/// by the board. Each action is one transaction with its audit entry; publishing and
/// unpublishing refresh the published entries (and so the search index) before returning.
/// </summary>
public sealed class YouSaidWeDidEditing(LocalOfferDbContext db, PublishedYouSaidWeDidLoader published, TimeProvider clock)
    : ReviewWorkflow<YouSaidWeDidEntry, int>(db, clock)
{
    public override AuditCapability Capability => AuditCapability.YouSaidWeDid;

    public Task<EditResult<YouSaidWeDidEntry>> DraftAsync(EntryContent content, Editor editor) =>
        AddDraftAsync(new YouSaidWeDidEntry { Draft = content, CreatedBy = editor.Id, CreatedAtUtc = Clock.GetUtcNow().UtcDateTime }, editor, LinkFeedbackAsync);

    /// <summary>Changes the draft. A published entry stays as it is in public until the change is approved.</summary>
    public Task<EditResult<YouSaidWeDidEntry>> UpdateAsync(int id, EntryContent content, Editor editor) =>
        EditInPlaceAsync(id, editor,
            entry => !editor.CanPublish && entry.CreatedBy != editor.Id ? "Only the person who drafted this entry, or the editorial board, can change it." : null,
            entry =>
            {
                (entry.Draft, entry.CreatedBy) = (content, editor.Id);
                return LinkFeedbackAsync(entry);
            });

    public async Task<EditResult<YouSaidWeDidEntry>> UnpublishAsync(int id, Editor editor)
    {
        var entry = await FindAsync(id);
        if (entry is null)
        {
            return EditResult<YouSaidWeDidEntry>.NotFound();
        }

        var decision = WorkflowRules.Unpublish(editor);
        if (!decision.IsAllowed || entry.Published is null)
        {
            return EditResult<YouSaidWeDidEntry>.Refused(decision.Reason ?? "This entry is not published.");
        }

        (entry.Published, entry.PublishedAtUtc) = (null, null);
        if (entry.Review.State == WorkflowState.Approved)
        {
            entry.Review.State = WorkflowState.Draft;
        }

        Audit.Record(editor, AuditAction.Unpublished, SubjectOf(entry), Describe(entry));
        await Db.SaveChangesAsync();
        await published.RefreshAsync();
        return EditResult<YouSaidWeDidEntry>.Done(entry);
    }

    protected override Task<YouSaidWeDidEntry?> FindAsync(int id) => Db.YouSaidWeDidEntries.SingleOrDefaultAsync(e => e.Id == id);

    protected override AuditSubject SubjectOf(YouSaidWeDidEntry entry) => new(AuditCapability.YouSaidWeDid, entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    protected override string Describe(YouSaidWeDidEntry entry) => $"Entry {entry.Id} ({entry.Draft.Outcome.Label()}): {entry.Draft.YouSaid}";

    protected override Task PublishAsync(YouSaidWeDidEntry entry, Editor editor, DateTimeOffset now)
    {
        (entry.Published, entry.PublishedAtUtc) = (entry.Draft, now.UtcDateTime);
        entry.FirstPublishedAtUtc ??= now.UtcDateTime;
        return Task.CompletedTask;
    }

    protected override IQueryable<YouSaidWeDidEntry> Current => Db.YouSaidWeDidEntries.AsNoTracking();

    protected override (string Title, string Address) Locate(YouSaidWeDidEntry entry) =>
        ($"You said: {(entry.Draft.YouSaid.Length <= 80 ? entry.Draft.YouSaid : entry.Draft.YouSaid[..80] + "…")}", $"/editorial/you-said-we-did/{entry.Id}");

    protected override Task RefreshPublishedAsync() => published.RefreshAsync();

    /// <summary>An entry answers the feedback tagged with its theme: those are its linked items.</summary>
    private async Task LinkFeedbackAsync(YouSaidWeDidEntry entry)
    {
        var existing = await Db.YouSaidWeDidFeedbackLinks.Where(l => l.EntryId == entry.Id).ToListAsync();
        Db.YouSaidWeDidFeedbackLinks.RemoveRange(existing);
        if (entry.Draft.ThemeId is not { } themeId)
        {
            return;
        }

        // Themes are a JSON list on each item; the inbox holds thousands, not millions, so this reads ids and tags only.
        var tagged = (await Db.FeedbackItems.AsNoTracking().Where(i => i.Kind == FeedbackKind.Comment || i.Kind == FeedbackKind.PageAnswer)
                .Select(i => new { i.Id, i.ThemeIds }).ToListAsync())
            .Where(i => i.ThemeIds.Contains(themeId)).Select(i => i.Id);
        Db.YouSaidWeDidFeedbackLinks.AddRange(tagged.Select(feedbackId => new YouSaidWeDidFeedbackLink { EntryId = entry.Id, FeedbackId = feedbackId }));
    }
}
