using System.Collections.Frozen;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.Content.Redirects;

/// <summary>
/// Every redirect, at one moment, in memory: a public request that finds no page looks here
/// instead of in the database. Built whole and swapped, like the published snapshot.
/// </summary>
public sealed class RedirectTable
{
    private readonly FrozenDictionary<string, Redirect> byPath;

    public RedirectTable(IEnumerable<Redirect> redirects) =>
        byPath = redirects.ToFrozenDictionary(r => r.FromPath, StringComparer.OrdinalIgnoreCase);

    public static RedirectTable Empty { get; } = new([]);

    public int Count => byPath.Count;

    public Redirect? Find(string path) => byPath.GetValueOrDefault(path);

    /// <summary>
    /// Where a request for <paramref name="path"/> should go now, or null. A page target is looked up
    /// in the current snapshot, so a page moved twice is reached in one hop, and an unpublished or
    /// archived page is a 404 rather than a redirect to nowhere.
    /// </summary>
    public string? Resolve(string path, PublishedContentSnapshot snapshot)
    {
        var redirect = Find(path);
        var target = redirect switch
        {
            null => null,
            { ToNodeKey: { } key } => snapshot.FindByKey(key)?.Path,
            _ => redirect.ToPath,
        };
        return target is null || string.Equals(target, path, StringComparison.OrdinalIgnoreCase) ? null : target;
    }
}

/// <summary>The redirects every public request reads; replaced whenever an editor changes them.</summary>
public interface IRedirectCache : IPublishedSnapshotCache<RedirectTable>;

public sealed class RedirectCache() : PublishedSnapshotCache<RedirectTable>(RedirectTable.Empty), IRedirectCache;
