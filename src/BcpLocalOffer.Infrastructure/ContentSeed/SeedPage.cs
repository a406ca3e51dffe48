namespace BcpLocalOffer.Infrastructure.ContentSeed;

/// <summary>One page read from a file under content-seed/pages.</summary>
public sealed record SeedPage
{
    /// <summary>The page's path in the seed tree: "" for home, "short-breaks/what-short-breaks-are" otherwise.</summary>
    public required string TreePath { get; init; }

    public required Guid Key { get; init; }

    public Guid? ParentKey { get; init; }

    public required string DocumentTypeAlias { get; init; }

    public required string UrlSegment { get; init; }

    public required int SortOrder { get; init; }

    public required string Title { get; init; }

    public string? NavigationTitle { get; init; }

    public required string Summary { get; init; }

    public required string MetaDescription { get; init; }

    public required string Owner { get; init; }

    public required DateOnly ReviewBy { get; init; }

    public required DateOnly LastReviewed { get; init; }

    public bool HideFromNavigation { get; init; }

    public required string Body { get; init; }

    public required IReadOnlyDictionary<string, string> Properties { get; init; }

    /// <summary>SHA-256 of the file: a changed file gives a new version, an unchanged one nothing.</summary>
    public required string Hash { get; init; }

    public int Depth => TreePath.Length == 0 ? 0 : TreePath.Count(c => c == '/') + 1;
}
