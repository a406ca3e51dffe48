namespace BcpLocalOffer.Core.Content.Published;

/// <summary>
/// Builds the public snapshot from the content tree: a page is public when it and every
/// ancestor up to the home page are published. Rich text is rendered here, once per version.
/// </summary>
public sealed class PublishedSnapshotBuilder(IRichTextRenderer renderer)
{
    /// <param name="previous">
    /// The snapshot this one replaces. A page still showing the same version keeps its rendered
    /// rich text: a version's text never changes, and rendering every page again made each
    /// publish cost seconds on a site of thousands of pages.
    /// </param>
    public PublishedContentSnapshot Build(IEnumerable<ContentNode> nodes, long generation, DateTimeOffset now, PublishedContentSnapshot? previous = null)
    {
        var published = new Dictionary<Guid, (ContentNode Node, ContentVersion Version)>();
        foreach (var node in nodes)
        {
            var version = node.Versions.FirstOrDefault(v => v.Id == node.PublishedVersionId);
            if (version is not null)
            {
                published[node.Key] = (node, version);
            }
        }

        var children = published.Values
            .Where(p => p.Node.ParentKey is not null)
            .ToLookup(p => p.Node.ParentKey!.Value);
        var placed = new List<(ContentNode Node, ContentVersion Version, string Path)>();
        var roots = published.Values.Where(p => p.Node.ParentKey is null && p.Node.DocumentTypeAlias == DocumentTypes.Home);
        var pending = new Stack<(ContentNode Node, ContentVersion Version, string Path)>(roots.Select(r => (r.Node, r.Version, "/")).Take(1));

        // Walking down from the home page leaves out anything under an unpublished parent.
        while (pending.Count > 0)
        {
            var (node, version, path) = pending.Pop();
            placed.Add((node, version, path));
            foreach (var child in children[node.Key])
            {
                var childPath = path == "/" ? "/" + child.Node.UrlSegment : path + "/" + child.Node.UrlSegment;
                pending.Push((child.Node, child.Version, childPath));
            }
        }

        // Rendering and sanitising rich text is the costly part of a publish and of cold start;
        // pages are independent, so every core helps.
        var pages = placed.AsParallel().Select(p => ToPage(p.Node, p.Version, p.Path, previous?.FindByKey(p.Node.Key))).ToList();
        return new PublishedContentSnapshot(pages, generation, now);
    }

    /// <summary>One version as the public would see it at <paramref name="path"/>; also what a preview shows.</summary>
    public PublishedPage ToPage(ContentNode node, ContentVersion version, string path) => ToPage(node, version, path, before: null);

    /// <summary>Whether a page built earlier shows <paramref name="version"/>, so its rendered text still holds.</summary>
    public static bool ShowsSameVersion(PublishedPage? before, ContentVersion version) =>
        before is not null && before.VersionNumber == version.Number && before.UpdatedAt == version.CreatedAt;

    private PublishedPage ToPage(ContentNode node, ContentVersion version, string path, PublishedPage? before)
    {
        var type = DocumentTypes.Find(node.DocumentTypeAlias);
        var richText = type?.Properties.Where(p => p.Kind == PropertyKind.RichText).Select(p => p.Alias).ToHashSet() ?? [];
        var sameVersion = ShowsSameVersion(before, version);
        return new PublishedPage
        {
            Key = node.Key,
            ParentKey = node.ParentKey,
            DocumentTypeAlias = node.DocumentTypeAlias,
            Path = path,
            Name = version.Name,
            NavigationName = version.DisplayNavigationName,
            Summary = version.Summary,
            MetaDescription = string.IsNullOrWhiteSpace(version.MetaDescription) ? version.Summary : version.MetaDescription,
            BodyHtml = sameVersion ? before!.BodyHtml : renderer.ToSafeHtml(version.Body),
            Properties = version.Properties.Where(p => !richText.Contains(p.Key)).ToDictionary(),
            PropertyHtml = sameVersion
                ? before!.PropertyHtml
                : version.Properties.Where(p => richText.Contains(p.Key)).ToDictionary(p => p.Key, p => renderer.ToSafeHtml(p.Value)),
            OwnerOrganisation = version.OwnerOrganisation,
            ReviewBy = version.ReviewBy,
            LastReviewed = version.LastReviewed,
            HideFromNavigation = version.HideFromNavigation,
            SortOrder = node.SortOrder,
            VersionNumber = version.Number,
            UpdatedAt = version.CreatedAt,
        };
    }
}
