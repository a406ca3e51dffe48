using BcpLocalOffer.Core.Workflow;

namespace BcpLocalOffer.Core.Content;

/// <summary>
/// One saved state of a page. Versions are only ever added: an edit is a new version and
/// publishing points the node at one, so nothing an editor does destroys content.
/// </summary>
public class ContentVersion : IReviewable
{
    public long Id { get; set; }

    public Guid NodeKey { get; set; }

    /// <summary>1, 2, 3 … within the node.</summary>
    public int Number { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Shorter name for menus and breadcrumbs; the name when empty.</summary>
    public string? NavigationName { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Markdown. Raw HTML in it is never rendered.</summary>
    public string Body { get; set; } = "";

    public string MetaDescription { get; set; } = "";

    public string OwnerOrganisation { get; set; } = "";

    public DateOnly ReviewBy { get; set; }

    public DateOnly LastReviewed { get; set; }

    public bool HideFromNavigation { get; set; }

    /// <summary>Document-type properties (alias → value); rich-text values are Markdown.</summary>
    public Dictionary<string, string> Properties { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who saved it: an editor's account, or <see cref="SeedAuthor"/>.</summary>
    public string CreatedBy { get; set; } = "";

    /// <summary>Hash of the seed file this version was imported from; null for editors' versions.</summary>
    public string? SeedHash { get; set; }

    public const string SeedAuthor = "content-seed";

    /// <summary>Each version is reviewed as it is: its revision is its number.</summary>
    public ReviewState Review { get; set; } = new();

    public string DisplayNavigationName => string.IsNullOrWhiteSpace(NavigationName) ? Name : NavigationName;

    /// <summary>
    /// This version copied as the node's next one, saved by someone else: where every edit and
    /// every rollback starts, so the old version stays exactly as it was.
    /// </summary>
    public ContentVersion CopyAsNext(int number, string author, DateTimeOffset at) => new()
    {
        NodeKey = NodeKey,
        Number = number,
        Name = Name,
        NavigationName = NavigationName,
        Summary = Summary,
        Body = Body,
        MetaDescription = MetaDescription,
        OwnerOrganisation = OwnerOrganisation,
        ReviewBy = ReviewBy,
        LastReviewed = LastReviewed,
        HideFromNavigation = HideFromNavigation,
        Properties = new Dictionary<string, string>(Properties),
        CreatedAt = at,
        CreatedBy = author,
        SeedHash = null,
        Review = Review.ForNextVersion(number, author),
    };
}
