using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;

namespace BcpLocalOffer.Infrastructure.Publishing;

/// <summary>
/// Adds an audit entry to the editor's unit of work, so it is saved in the same transaction as
/// the change it describes (every editor action writes its entry through this).
/// </summary>
public sealed class AuditTrail(LocalOfferDbContext db, TimeProvider clock)
{
    public void Record(Editor editor, string action, Guid? nodeKey, int? versionNumber, string detail) =>
        Record(editor.Id, action, nodeKey, versionNumber, detail);

    /// <param name="actor">The account that acted, also when a background service carries out what they asked for.</param>
    public void Record(string actor, string action, Guid? nodeKey, int? versionNumber, string detail) =>
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            Actor = actor,
            Action = action,
            NodeKey = nodeKey,
            VersionNumber = versionNumber,
            Detail = detail.Length <= 2000 ? detail : detail[..2000],
        });
}
