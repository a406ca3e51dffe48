namespace BcpLocalOffer.Core.Content;

/// <summary>
/// The whole tree of nodes, indexed for the questions moving, archiving and redirects ask:
/// what is beneath a page, where it is, and whether it sits in the archive.
/// </summary>
public sealed class ContentTree
{
    private readonly Dictionary<Guid, ContentNode> byKey;
    private readonly ILookup<Guid, ContentNode> children;

    public ContentTree(IEnumerable<ContentNode> nodes)
    {
        byKey = nodes.ToDictionary(n => n.Key);
        children = byKey.Values.Where(n => n.ParentKey is not null).ToLookup(n => n.ParentKey!.Value);
    }

    public ContentNode? Find(Guid key) => byKey.GetValueOrDefault(key);

    /// <summary>Children in the order the site shows them.</summary>
    public IReadOnlyList<ContentNode> ChildrenOf(Guid key) =>
        [.. children[key].OrderBy(c => c.SortOrder).ThenBy(c => c.UrlSegment, StringComparer.Ordinal)];

    /// <summary>
    /// The page and everything beneath it, the page first. With <paramref name="skipArchived"/>, pages
    /// archived on their own (and what is beneath them) are left out: restoring a section does not
    /// restore a page someone archived separately before.
    /// </summary>
    public IReadOnlyList<ContentNode> SubtreeOf(Guid key, bool skipArchived = false)
    {
        var result = new List<ContentNode>();
        if (Find(key) is not { } root)
        {
            return result;
        }

        var pending = new Stack<ContentNode>([root]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            result.Add(node);
            foreach (var child in children[node.Key])
            {
                if (skipArchived && child.ArchivedAt is not null)
                {
                    continue;
                }

                pending.Push(child);
            }
        }

        return result;
    }

    /// <summary>True when the page or one of its ancestors was archived.</summary>
    public bool IsArchived(Guid key)
    {
        for (var node = Find(key); node is not null; node = node.ParentKey is { } parent ? Find(parent) : null)
        {
            if (node.ArchivedAt is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page's path in the tree ("/" for the home page), published or not.</summary>
    public string PathOf(Guid key)
    {
        var segments = new List<string>();
        for (var node = Find(key); node?.ParentKey is { } parent; node = Find(parent))
        {
            segments.Add(node.UrlSegment);
        }

        segments.Reverse();
        return "/" + string.Join('/', segments);
    }

    public IEnumerable<ContentNode> All => byKey.Values;
}
