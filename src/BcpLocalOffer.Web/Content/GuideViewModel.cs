using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;

namespace BcpLocalOffer.Web.Content;

/// <summary>
/// A guide is read part by part: the guide page itself is the first part ("Overview") and its
/// children follow in order, with a contents list and previous/next links.
/// </summary>
public sealed record GuideViewModel(PublishedPage Guide, PublishedPage Current, IReadOnlyList<PublishedPage> Parts, PageViewModel Context)
{
    public int CurrentIndex => Parts.ToList().FindIndex(p => p.Key == Current.Key);

    public PublishedPage? Previous => CurrentIndex > 0 ? Parts[CurrentIndex - 1] : null;

    public PublishedPage? Next => CurrentIndex < Parts.Count - 1 ? Parts[CurrentIndex + 1] : null;

    public static string PartTitle(PublishedPage part) => part.DocumentTypeAlias == DocumentTypes.Guide ? "Overview" : part.Name;

    public static GuideViewModel For(PublishedPage page, PublishedContentSnapshot snapshot)
    {
        var guide = page.DocumentTypeAlias == DocumentTypes.Guide ? page : snapshot.ParentOf(page)!;
        var parts = new List<PublishedPage> { guide };
        parts.AddRange(snapshot.ChildrenOf(guide).Where(p => p.DocumentTypeAlias == DocumentTypes.GuidePart));
        return new GuideViewModel(guide, page, parts, new PageViewModel(page, snapshot));
    }
}
