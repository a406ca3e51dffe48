using BcpLocalOffer.Infrastructure.Mail;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>Tags for one piece of feedback: themes (existing ids and new names), improvement areas and focus areas.</summary>
public sealed record FeedbackTags(IReadOnlyList<int> ThemeIds, string? NewTheme, IReadOnlyList<int> AreaNumbers, IReadOnlyList<int> FocusAreaNumbers);

/// <summary>
/// What the editorial board does in the feedback inbox, each action one transaction with its
/// audit entry. Audit entries name the feedback by reference, never by what the person wrote.
/// </summary>
public sealed class FeedbackTriage(LocalOfferDbContext db, IMailSender sender, TimeProvider clock)
{
    private readonly AuditTrail audit = new(db, clock);

    public async Task<EditResult<FeedbackItem>> TagAsync(long id, FeedbackTags tags, Editor editor)
    {
        var item = await db.FeedbackItems.SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return EditResult<FeedbackItem>.NotFound();
        }

        var themeIds = await KnownThemesAsync(tags.ThemeIds);
        if (!string.IsNullOrWhiteSpace(tags.NewTheme))
        {
            themeIds.Add((await FindOrAddThemeAsync(tags.NewTheme.Trim())).Id);
        }

        item.ThemeIds = [.. themeIds.Distinct().Order()];
        item.AreaNumbers = [.. tags.AreaNumbers.Distinct().Order()];
        item.FocusAreaNumbers = [.. tags.FocusAreaNumbers.Distinct().Order()];
        if (item.Status == FeedbackStatus.New)
        {
            item.Status = FeedbackStatus.InProgress;
        }

        audit.Record(editor, AuditAction.Tagged, new AuditSubject(AuditCapability.Feedback, item.Reference), $"{item.Reference}: {item.ThemeIds.Count} themes, areas {string.Join(", ", item.AreaNumbers)}, focus areas {string.Join(", ", item.FocusAreaNumbers)}");
        await db.SaveChangesAsync();
        return EditResult<FeedbackItem>.Done(item);
    }

    public async Task<EditResult<FeedbackNote>> AddNoteAsync(long id, string text, Editor editor)
    {
        var item = await db.FeedbackItems.SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return EditResult<FeedbackNote>.NotFound();
        }

        var note = new FeedbackNote { FeedbackId = id, Author = editor.Id, AtUtc = clock.GetUtcNow().UtcDateTime, Text = text.Trim() };
        db.FeedbackNotes.Add(note);
        audit.Record(editor, AuditAction.NoteAdded, new AuditSubject(AuditCapability.Feedback, item.Reference), item.Reference);
        await db.SaveChangesAsync();
        return EditResult<FeedbackNote>.Done(note);
    }

    /// <summary>Sets the status of one or more items (bulk actions pass several).</summary>
    public async Task<int> SetStatusAsync(IReadOnlyCollection<long> ids, FeedbackStatus status, Editor editor)
    {
        var items = await db.FeedbackItems.Where(i => ids.Contains(i.Id)).ToListAsync();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var item in items)
        {
            item.Status = status;
            item.ClosedAtUtc = status == FeedbackStatus.Closed ? now : null;
        }

        if (items.Count > 0)
        {
            audit.Record(editor, AuditAction.StatusChanged, new AuditSubject(AuditCapability.Feedback), $"{status.Label()}: {string.Join(", ", items.Select(i => i.Reference))}");
            await db.SaveChangesAsync();
        }

        return items.Count;
    }

    /// <summary>Adds a theme to several items at once (bulk action).</summary>
    public async Task<int> AddThemeAsync(IReadOnlyCollection<long> ids, int? themeId, string? newTheme, Editor editor)
    {
        var theme = themeId is { } known ? await db.FeedbackThemes.SingleOrDefaultAsync(t => t.Id == known)
            : string.IsNullOrWhiteSpace(newTheme) ? null : await FindOrAddThemeAsync(newTheme.Trim());
        if (theme is null)
        {
            return 0;
        }

        var items = await db.FeedbackItems.Where(i => ids.Contains(i.Id)).ToListAsync();
        foreach (var item in items.Where(i => !i.ThemeIds.Contains(theme.Id)))
        {
            item.ThemeIds = [.. item.ThemeIds.Append(theme.Id).Order()];
            if (item.Status == FeedbackStatus.New)
            {
                item.Status = FeedbackStatus.InProgress;
            }
        }

        audit.Record(editor, AuditAction.Tagged, new AuditSubject(AuditCapability.Feedback), $"Theme \"{theme.Name}\": {string.Join(", ", items.Select(i => i.Reference))}");
        await db.SaveChangesAsync();
        return items.Count;
    }

    /// <summary>Sends a reply to the address the person gave, and notes that (not what) was sent.</summary>
    public async Task<EditResult<FeedbackItem>> ReplyAsync(long id, string text, Editor editor, CancellationToken cancellationToken = default)
    {
        var item = await db.FeedbackItems.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return EditResult<FeedbackItem>.NotFound();
        }

        var contact = await db.FeedbackContacts.AsNoTracking().SingleOrDefaultAsync(c => c.FeedbackId == id, cancellationToken);
        if (contact is null)
        {
            return EditResult<FeedbackItem>.Refused("This person did not leave an email address, or it has been deleted after the retention period.");
        }

        await sender.SendAsync(new OutgoingMail(contact.Email, $"Your feedback about the Local Offer ({item.Reference})", text.Trim()), cancellationToken);
        db.FeedbackNotes.Add(new FeedbackNote { FeedbackId = id, Author = editor.Id, AtUtc = clock.GetUtcNow().UtcDateTime, Text = "Reply sent:\n" + text.Trim() });
        if (item.Status == FeedbackStatus.New)
        {
            item.Status = FeedbackStatus.InProgress;
        }

        audit.Record(editor, AuditAction.ReplySent, new AuditSubject(AuditCapability.Feedback, item.Reference), item.Reference);
        await db.SaveChangesAsync(cancellationToken);
        return EditResult<FeedbackItem>.Done(item);
    }

    public async Task<FeedbackTheme> FindOrAddThemeAsync(string name)
    {
        var existing = await db.FeedbackThemes.SingleOrDefaultAsync(t => t.Name == name);
        if (existing is not null)
        {
            return existing;
        }

        var theme = new FeedbackTheme { Name = name, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
        db.FeedbackThemes.Add(theme);
        await db.SaveChangesAsync();
        return theme;
    }

    private async Task<List<int>> KnownThemesAsync(IReadOnlyList<int> ids) =>
        await db.FeedbackThemes.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync();
}
