using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Notifications;

/// <summary>
/// Queues email in the unit of work of the change it is about: nothing is queued for a change that
/// is not saved, and nothing saved goes without its email. A key already queued is not queued again.
/// </summary>
public sealed class Outbox(LocalOfferDbContext db, TimeProvider clock)
{
    /// <summary>Adds the message unless one with its key is already queued or sent. The caller saves.</summary>
    public async Task<bool> AddAsync(string key, NotificationKind kind, string recipient, string subject, string body, string? linkPath, bool forDigest = false, CancellationToken cancellationToken = default)
    {
        var trimmedKey = Trimmed(key);
        if (db.Outbox.Local.Any(m => m.Key == trimmedKey) || await db.Outbox.AnyAsync(m => m.Key == trimmedKey, cancellationToken))
        {
            return false;
        }

        Add(trimmedKey, kind, recipient, subject, body, linkPath, forDigest);
        return true;
    }

    /// <summary>
    /// Adds a message whose key the caller knows is new (a job that read the keys already queued
    /// once, rather than asking for each of thousands). The unique index still refuses a repeat.
    /// </summary>
    public void Add(string key, NotificationKind kind, string recipient, string subject, string body, string? linkPath, bool forDigest = false) =>
        db.Outbox.Add(new OutboxMessage
        {
            Key = Trimmed(key),
            Kind = kind,
            Recipient = recipient,
            Subject = subject.Length > OutboxMessage.SubjectLength ? subject[..(OutboxMessage.SubjectLength - 1)] + "…" : subject,
            Body = body,
            LinkPath = linkPath,
            ForDigest = forDigest,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });

    private static string Trimmed(string key) => key.Length > OutboxMessage.KeyLength ? key[..OutboxMessage.KeyLength] : key;
}
