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

    public List<ContentVersion> Versions { get; set; } = [];
}
