using System.Collections.Frozen;

namespace BcpLocalOffer.Core.Content.Published;

/// <summary>
/// Everything the public can see, at one moment. Never changed after it is built: a publish
/// builds a new snapshot and the cache swaps to it in one step, so a reader never sees half a
/// publish.
/// </summary>
public sealed class PublishedContentSnapshot
{
    private static readonly IReadOnlyList<PublishedPage> NoPages = [];

    private readonly FrozenDictionary<string, PublishedPage> byPath;
    private readonly FrozenDictionary<Guid, PublishedPage> byKey;
    private readonly FrozenDictionary<Guid, IReadOnlyList<PublishedPage>> childrenByKey;
    private readonly Lazy<StepByStepIndex> journeys;
    private readonly Lazy<GlossaryIndex> glossary;

    public PublishedContentSnapshot(IEnumerable<PublishedPage> pages, long generation, DateTimeOffset builtAt)
    {
        var list = pages.ToList();
        byKey = list.ToFrozenDictionary(p => p.Key);
        byPath = list.ToFrozenDictionary(p => p.Path, StringComparer.OrdinalIgnoreCase);
        childrenByKey = list
            .Where(p => p.ParentKey is not null)
            .GroupBy(p => p.ParentKey!.Value)
            .ToFrozenDictionary(
                g => g.Key,
                g => (IReadOnlyList<PublishedPage>)[.. g.OrderBy(p => p.SortOrder).ThenBy(p => p.Name, StringComparer.Ordinal)]);
        Home = byPath.GetValueOrDefault("/");
        Pages = [.. list.OrderBy(p => p.Path, StringComparer.Ordinal)];
        Generation = generation;
        BuiltAt = builtAt;
        journeys = new(() => new StepByStepIndex(Pages));
        glossary = new(() => new GlossaryIndex(Pages));
    }

    /// <summary>The glossary's terms, and pages' text with each term's first use linked to it.</summary>
    public GlossaryIndex Glossary => glossary.Value;

    /// <summary>The step-by-step journeys and the pages in each, worked out once for this snapshot.</summary>
    public StepByStepIndex Journeys => journeys.Value;

    public static PublishedContentSnapshot Empty { get; } = new([], 0, DateTimeOffset.MinValue);

    /// <summary>Goes up by one with every publish; useful in ETags and logs.</summary>
    public long Generation { get; }

    public DateTimeOffset BuiltAt { get; }

    public PublishedPage? Home { get; }

    /// <summary>All published pages, ordered by path.</summary>
    public IReadOnlyList<PublishedPage> Pages { get; }

    /// <summary>Finds a page by its path, ignoring case (the caller redirects to the canonical path).</summary>
    public PublishedPage? FindByPath(string path) => byPath.GetValueOrDefault(path);

    public PublishedPage? FindByKey(Guid key) => byKey.GetValueOrDefault(key);

    public IReadOnlyList<PublishedPage> ChildrenOf(PublishedPage page) => childrenByKey.GetValueOrDefault(page.Key, NoPages);

    public IReadOnlyList<PublishedPage> NavigableChildrenOf(PublishedPage page) =>
        [.. ChildrenOf(page).Where(p => !p.HideFromNavigation)];

    /// <summary>The top-level sections shown in the main navigation.</summary>
    public IReadOnlyList<PublishedPage> Sections => Home is null ? NoPages : NavigableChildrenOf(Home);

    public PublishedPage? ParentOf(PublishedPage page) => page.ParentKey is { } parent ? FindByKey(parent) : null;

    /// <summary>From the home page down to, but not including, the page.</summary>
    public IReadOnlyList<PublishedPage> AncestorsOf(PublishedPage page)
    {
        var ancestors = new List<PublishedPage>();
        for (var parent = ParentOf(page); parent is not null; parent = ParentOf(parent))
        {
            ancestors.Add(parent);
        }

        ancestors.Reverse();
        return ancestors;
    }

    /// <summary>The section (child of home) a page belongs to, for highlighting the navigation.</summary>
    public PublishedPage? SectionOf(PublishedPage page)
    {
        var ancestors = AncestorsOf(page);
        return ancestors.Count switch
        {
            0 => null,
            1 => page,
            _ => ancestors[1],
        };
    }
}
