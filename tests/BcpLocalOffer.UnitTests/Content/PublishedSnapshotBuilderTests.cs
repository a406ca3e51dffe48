using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Content;

namespace BcpLocalOffer.UnitTests.Content;

public class PublishedSnapshotBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private long nextVersionId = 1;

    [Fact]
    public void Pages_get_readable_paths_from_their_place_in_the_tree()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var section = Node(home, DocumentTypes.SectionPage, "short-breaks", "Short breaks");
        var page = Node(section, DocumentTypes.ContentPage, "how-to-ask", "How to ask");

        var snapshot = Build(home, section, page);

        Assert.Equal("/", snapshot.Home!.Path);
        Assert.Equal("How to ask", snapshot.FindByPath("/short-breaks/how-to-ask")!.Name);
        Assert.Same(snapshot.FindByPath("/short-breaks/how-to-ask"), snapshot.FindByPath("/SHORT-BREAKS/How-To-Ask"));
        Assert.Equal(["/", "/short-breaks"], snapshot.AncestorsOf(snapshot.FindByPath("/short-breaks/how-to-ask")!).Select(p => p.Path));
    }

    [Fact]
    public void A_page_under_an_unpublished_parent_is_not_public()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var draftSection = Node(home, DocumentTypes.SectionPage, "draft", "Draft section", published: false);
        var child = Node(draftSection, DocumentTypes.ContentPage, "child", "Child");

        var snapshot = Build(home, draftSection, child);

        Assert.Null(snapshot.FindByPath("/draft"));
        Assert.Null(snapshot.FindByPath("/draft/child"));
        Assert.Single(snapshot.Pages);
    }

    [Fact]
    public void The_public_sees_the_published_version_not_a_newer_draft()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var page = Node(home, DocumentTypes.ContentPage, "direct-payments", "Direct payments");
        page.Versions.Add(Version(page, 2, "Direct payments (draft rewrite)"));

        var snapshot = Build(home, page);

        Assert.Equal("Direct payments", snapshot.FindByPath("/direct-payments")!.Name);
        Assert.Equal(1, snapshot.FindByPath("/direct-payments")!.VersionNumber);
    }

    [Fact]
    public void Navigation_lists_sections_in_sort_order_and_leaves_out_hidden_pages()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var second = Node(home, DocumentTypes.SectionPage, "second", "Second", sortOrder: 20);
        var first = Node(home, DocumentTypes.SectionPage, "first", "First", sortOrder: 10);
        var hidden = Node(home, DocumentTypes.ContentPage, "cookies", "Cookies", sortOrder: 5);
        hidden.Versions[0].HideFromNavigation = true;

        var snapshot = Build(home, second, first, hidden);

        Assert.Equal(["First", "Second"], snapshot.Sections.Select(s => s.Name));
        Assert.NotNull(snapshot.FindByPath("/cookies"));
    }

    [Fact]
    public void Rich_text_properties_are_rendered_safely_and_choices_kept_as_values()
    {
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var page = Node(home, DocumentTypes.GraduatedResponse, "c-and-i", "Communication");
        page.Versions[0].Properties = new()
        {
            ["phase"] = "early-years",
            ["areaOfNeed"] = "communication-and-interaction",
            ["ordinarilyAvailable"] = "- Visual timetables <script>x</script>",
            ["senSupport"] = "Assess, plan, do, review",
            ["specialist"] = "Speech and language therapy",
        };

        var published = Build(home, page).FindByPath("/c-and-i")!;

        Assert.Equal("early-years", published.Property("phase"));
        Assert.Contains("<li>Visual timetables", published.PropertyHtml["ordinarilyAvailable"]);
        Assert.DoesNotContain("<script", published.PropertyHtml["ordinarilyAvailable"]);
        Assert.False(published.Properties.ContainsKey("senSupport"));
    }

    [Fact]
    public void The_cache_swaps_snapshots_whole_and_tells_listeners()
    {
        var cache = new PublishedContentCache();
        PublishedContentSnapshot? seen = null;
        cache.Replaced += s => seen = s;
        var snapshot = Build(Node(null, DocumentTypes.Home, "", "Home"));

        Assert.False(cache.IsLoaded);
        Assert.True(cache.TryReplace(snapshot, position: 1));

        Assert.True(cache.IsLoaded);
        Assert.Same(snapshot, cache.Current);
        Assert.Same(snapshot, seen);
    }

    private static PublishedContentSnapshot Build(params ContentNode[] nodes) =>
        new PublishedSnapshotBuilder(new MarkdownRichTextRenderer()).Build(nodes, 1, Now);

    private ContentNode Node(ContentNode? parent, string type, string segment, string name, bool published = true, int sortOrder = 0)
    {
        var node = new ContentNode
        {
            Key = Guid.NewGuid(),
            ParentKey = parent?.Key,
            DocumentTypeAlias = type,
            UrlSegment = segment,
            SortOrder = sortOrder,
            CreatedAt = Now,
        };
        var version = Version(node, 1, name);
        node.Versions.Add(version);
        node.PublishedVersionId = published ? version.Id : null;
        return node;
    }

    private ContentVersion Version(ContentNode node, int number, string name) => new()
    {
        Id = nextVersionId++,
        NodeKey = node.Key,
        Number = number,
        Name = name,
        Summary = name + " summary",
        Body = "Body of " + name,
        OwnerOrganisation = "BCP Council SEND Service",
        ReviewBy = new DateOnly(2027, 6, 1),
        LastReviewed = new DateOnly(2026, 11, 1),
        CreatedAt = Now,
        CreatedBy = "test",
    };
}
