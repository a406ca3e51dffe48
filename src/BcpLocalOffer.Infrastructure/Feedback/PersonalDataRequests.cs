using System.Text.Json;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Mail;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Feedback;

/// <summary>
/// Subject access and erasure for feedback, found by the email address a person gave, and for the
/// replies to them still waiting in the mail pickup folder. Without an address nothing links
/// feedback to a person, so nothing else can be found.
/// </summary>
public sealed class PersonalDataRequests(LocalOfferDbContext db, MailPickupFolder pickup, TimeProvider clock)
{
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public async Task<IReadOnlyList<FeedbackItem>> FindAsync(string email)
    {
        var normalised = Normalise(email);
        var ids = await db.FeedbackContacts.AsNoTracking().Where(c => c.Email == normalised).Select(c => c.FeedbackId).ToListAsync();
        return [.. (await db.FeedbackItems.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync()).OrderBy(i => i.Id)];
    }

    /// <summary>Everything held about the person, as JSON they can read.</summary>
    public async Task<byte[]> ExportAsync(string email, Editor editor)
    {
        var items = await FindAsync(email);
        var ids = items.Select(i => i.Id).ToList();
        var topics = await db.FeedbackTopics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Label);
        var notes = await db.FeedbackNotes.AsNoTracking().Where(n => ids.Contains(n.FeedbackId)).ToListAsync();
        var waitingMail = pickup.AddressedTo(Normalise(email));
        var export = new
        {
            emailAddress = Normalise(email),
            exportedAt = clock.GetUtcNow(),
            feedback = items.Select(i => new
            {
                reference = i.Reference,
                received = i.ReceivedAtUtc,
                youAre = i.Role?.Label(),
                topic = i.TopicId is { } t && topics.TryGetValue(t, out var label) ? label : null,
                comment = i.Comment,
                whatWouldMakeItBetter = i.Improvement,
                status = i.Status.Label(),
                repliesAndNotes = notes.Where(n => n.FeedbackId == i.Id).OrderBy(n => n.Id).Select(n => new { at = n.AtUtc, text = n.Text }),
            }),
            emailsWaitingToBeSent = waitingMail.Select(m => new { written = m.WrittenAtUtc, file = m.FileName, message = m.Text }),
        };
        new AuditTrail(db, clock).Record(editor, AuditAction.PersonalDataExported, new AuditSubject(AuditCapability.Feedback), $"{items.Count} feedback items, {waitingMail.Count} emails waiting to be sent");
        await db.SaveChangesAsync();
        return JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>Deletes the person's feedback, their address, the board's notes on it and mail to them not yet sent; returns how many items went.</summary>
    public async Task<int> EraseAsync(string email, Editor editor)
    {
        var normalised = Normalise(email);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var ids = await db.FeedbackContacts.Where(c => c.Email == normalised).Select(c => c.FeedbackId).ToListAsync();
        var erased = await db.FeedbackItems.Where(i => ids.Contains(i.Id)).ExecuteDeleteAsync();
        var mailErased = pickup.DeleteAddressedTo(normalised);
        // The audit entry never holds the address: it would keep the very data being erased.
        new AuditTrail(db, clock).Record(editor, AuditAction.PersonalDataErased, new AuditSubject(AuditCapability.Feedback), $"{erased} feedback items, {mailErased} emails waiting to be sent");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return erased;
    }
}
