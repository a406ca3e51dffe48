namespace BcpLocalOffer.Core.Content.Published;

/// <summary>
/// A published page as the public sees it: immutable, rich text already rendered to safe HTML,
/// its URL already worked out. Built once per publish, read on every page view.
/// </summary>
public sealed record PublishedPage
{
    public required Guid Key { get; init; }

    public Guid? ParentKey { get; init; }

    public required string DocumentTypeAlias { get; init; }

    /// <summary>Root-relative URL without a trailing slash; "/" for the home page.</summary>
    public required string Path { get; init; }

    public required string Name { get; init; }

    public required string NavigationName { get; init; }

    public required string Summary { get; init; }

    public required string MetaDescription { get; init; }

    public required string BodyHtml { get; init; }

    /// <summary>Choice and text properties as stored (alias → value).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Rich-text properties rendered to safe HTML (alias → HTML).</summary>
    public IReadOnlyDictionary<string, string> PropertyHtml { get; init; } = new Dictionary<string, string>();

    public required string OwnerOrganisation { get; init; }

    public required DateOnly ReviewBy { get; init; }

    public required DateOnly LastReviewed { get; init; }

    /// <summary>A content page's freshness line: its owner's last review.</summary>
    public Core.Published.Freshness Freshness => new(Core.Published.FreshnessKind.Reviewed, LastReviewed, OwnerOrganisation);

    public bool HideFromNavigation { get; init; }

    public int SortOrder { get; init; }

    public int VersionNumber { get; init; }

    /// <summary>When the published version was saved; the sitemap's lastmod.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    public string? Property(string alias) => Properties.GetValueOrDefault(alias);
}
