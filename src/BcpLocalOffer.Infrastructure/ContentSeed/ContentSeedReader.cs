namespace BcpLocalOffer.Infrastructure.ContentSeed;

/// <summary>
/// Reads content-seed/pages: a folder is a page (its index.md) and the other .md files in it are
/// its children. Returns parents before children, or throws listing every problem found.
/// </summary>
public static class ContentSeedReader
{
    public static IReadOnlyList<SeedPage> Read(string seedRoot)
    {
        var pagesRoot = Path.Combine(seedRoot, "pages");
        if (!Directory.Exists(pagesRoot))
        {
            throw new ContentSeedException([$"There is no pages folder at {pagesRoot}."]);
        }

        var owners = ReadOrganisations(seedRoot);
        var problems = new List<string>();
        var pages = new List<SeedPage>();
        foreach (var file in Directory.EnumerateFiles(pagesRoot, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var treePath = ToTreePath(Path.GetRelativePath(pagesRoot, file));
            if (SeedFileParser.Parse(treePath, File.ReadAllText(file), problems, owners) is { } page)
            {
                pages.Add(page);
            }
        }

        var byPath = pages.ToDictionary(p => p.TreePath);
        if (!byPath.ContainsKey(""))
        {
            problems.Add("pages/index.md (the home page) is missing.");
        }

        foreach (var page in pages.Where(p => p.TreePath.Length > 0))
        {
            var parentPath = SeedFileParser.ParentTreePath(page.TreePath);
            if (!byPath.TryGetValue(parentPath, out var parent))
            {
                problems.Add($"{page.TreePath}: its folder has no index.md, so it has no parent page.");
            }
            else if (!Core.Content.DocumentTypes.Get(parent.DocumentTypeAlias).AllowsChild(page.DocumentTypeAlias))
            {
                problems.Add($"{page.TreePath}: a {page.DocumentTypeAlias} cannot sit under a {parent.DocumentTypeAlias}.");
            }
        }

        if (problems.Count > 0)
        {
            throw new ContentSeedException(problems);
        }

        return [.. pages.OrderBy(p => p.Depth).ThenBy(p => p.TreePath, StringComparer.Ordinal)];
    }

    /// <summary>The partner organisations that may own pages, one per line.</summary>
    public static IReadOnlySet<string> ReadOrganisations(string seedRoot)
    {
        var file = Path.Combine(seedRoot, "organisations.txt");
        return File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>();
    }

    // "short-breaks/index.md" → "short-breaks"; "short-breaks/what.md" → "short-breaks/what"; "index.md" → "".
    private static string ToTreePath(string relativeFile)
    {
        var path = relativeFile.Replace('\\', '/')[..^".md".Length];
        if (path == "index")
        {
            return "";
        }

        return path.EndsWith("/index", StringComparison.Ordinal) ? path[..^"/index".Length] : path;
    }
}
