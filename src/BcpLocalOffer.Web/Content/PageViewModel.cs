using BcpLocalOffer.Core.Content.Published;

namespace BcpLocalOffer.Web.Content;

/// <summary>What every public content view gets: the page, and where it sits in the published tree.</summary>
public sealed record PageViewModel(PublishedPage Page, PublishedContentSnapshot Snapshot)
{
    public IReadOnlyList<PublishedPage> Ancestors { get; } = Snapshot.AncestorsOf(Page);

    public IReadOnlyList<PublishedPage> Children { get; } = Snapshot.NavigableChildrenOf(Page);

    public PublishedPage? Parent => Ancestors.Count > 0 ? Ancestors[^1] : null;

    public IReadOnlyList<PublishedPage> Siblings => Parent is null ? [] : Snapshot.NavigableChildrenOf(Parent);
}
