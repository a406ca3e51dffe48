namespace BcpLocalOffer.Core.Content;

/// <summary>
/// A place in the content tree. What the page says lives in its versions; the node only knows
/// where it sits and which version the public sees.
/// </summary>
public class ContentNode
{
    public Guid Key { get; set; }

    public Guid? ParentKey { get; set; }

    public string DocumentTypeAlias { get; set; } = DocumentTypes.ContentPage;

    public string UrlSegment { get; set; } = "";

    public int SortOrder { get; set; }

    /// <summary>The version the public sees, or null when the page is not published.</summary>
    public long? PublishedVersionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// Set on the page an editor archived (not on the pages beneath it, which are hidden with it):
    /// archiving is how pages leave the site, recoverably, because nothing is ever deleted.
    /// </summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public string? ArchivedBy { get; set; }

    /// <summary>Who last confirmed the page is still right ("Mark as reviewed"), and when.</summary>
    public string? LastReviewedBy { get; set; }

    public DateTimeOffset? LastReviewedAt { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];
}
