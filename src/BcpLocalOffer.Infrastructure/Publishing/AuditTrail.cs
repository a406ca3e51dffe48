using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Data;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Adds an audit entry to the editor's unit of work, so it is saved in the same transaction as
/// the change it describes (every editor action writes its entry through this).
/// </summary>
public sealed class AuditTrail(LocalOfferDbContext db, TimeProvider clock)
{
    public void Record(Editor editor, AuditAction action, AuditSubject subject, string detail) =>
        Record(editor.Id, action, subject, detail);

    /// <param name="actor">The account that acted, also when a background service carries out what they asked for.</param>
    public void Record(string actor, AuditAction action, AuditSubject subject, string detail) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            Capability = subject.Capability,
            ItemKey = subject.ItemKey is { Length: > AuditEntry.ItemKeyLength } key ? key[..AuditEntry.ItemKeyLength] : subject.ItemKey,
            VersionNumber = subject.VersionNumber,
            Detail = detail.Length <= AuditEntry.DetailLength ? detail : detail[..AuditEntry.DetailLength],
        });
}
