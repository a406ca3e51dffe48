using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// Stands in for the editorial back office (a later issue): an editor saves a new version of a
/// page and publishes it, straight through the database.
/// </summary>
public static class EditorChanges
{
    public const string Editor = "editor@example.test";

    public static async Task<ContentVersion> PublishAsync(LocalOfferDbContext db, Guid nodeKey, Action<ContentVersion> change)
    {
        var node = await db.ContentNodes.SingleAsync(n => n.Key == nodeKey);
        var current = await db.ContentVersions.SingleAsync(v => v.Id == node.PublishedVersionId);
        var latest = await db.ContentVersions.Where(v => v.NodeKey == nodeKey).MaxAsync(v => v.Number);
        var edited = current.CopyAsNext(latest + 1, Editor, DateTimeOffset.UtcNow);
        change(edited);
        edited.Review.State = Core.Workflow.WorkflowState.Approved;
        db.ContentVersions.Add(edited);
        await db.SaveChangesAsync();
        node.PublishedVersionId = edited.Id;
        await db.SaveChangesAsync();
        return edited;
    }
}
