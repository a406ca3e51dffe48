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
        var trimmedKey = key.Length > OutboxMessage.KeyLength ? key[..OutboxMessage.KeyLength] : key;
        if (db.Outbox.Local.Any(m => m.Key == trimmedKey) || await db.Outbox.AnyAsync(m => m.Key == trimmedKey, cancellationToken))
        {
            return false;
        }

        db.Outbox.Add(new OutboxMessage
        {
            Key = trimmedKey,
            Kind = kind,
            Recipient = recipient,
            Subject = subject.Length > OutboxMessage.SubjectLength ? subject[..(OutboxMessage.SubjectLength - 1)] + "…" : subject,
            Body = body,
            LinkPath = linkPath,
            ForDigest = forDigest,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        return true;
    }
}
