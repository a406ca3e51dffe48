using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Content;

namespace BcpLocalOffer.UnitTests.Content;

/// <summary>A publish renders the text of the page that changed, not of every page on the site.</summary>
public class PublishedSnapshotReuseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
    private long nextVersionId = 1;

    [Fact]
    public void Publishing_one_page_renders_only_that_page_and_shows_its_new_text()
    {
        var renderer = new CountingRenderer();
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var unchanged = Node(home, DocumentTypes.ContentPage, "unchanged", "Unchanged");
        var edited = Node(home, DocumentTypes.ContentPage, "edited", "Edited");
        var builder = new PublishedSnapshotBuilder(renderer);
        var first = builder.Build([home, unchanged, edited], 1, Now);
        var renderedAtFirst = renderer.Calls;

        var newVersion = Version(edited, 2, "Edited", "The **new** opening times.");
        edited.Versions.Add(newVersion);
        edited.PublishedVersionId = newVersion.Id;
        var second = builder.Build([home, unchanged, edited], 2, Now, first);

        Assert.Equal(3, renderedAtFirst);
        Assert.Equal(renderedAtFirst + 1, renderer.Calls);
        Assert.Contains("<strong>new</strong> opening times", second.FindByPath("/edited")!.BodyHtml);
        Assert.Same(first.FindByPath("/unchanged")!.BodyHtml, second.FindByPath("/unchanged")!.BodyHtml);
    }

    [Fact]
    public void A_page_back_on_an_older_version_shows_that_version_rendered_afresh()
    {
        var renderer = new CountingRenderer();
        var home = Node(null, DocumentTypes.Home, "", "Home");
        var page = Node(home, DocumentTypes.ContentPage, "page", "Page");
        var original = page.Versions[0];
        var newer = Version(page, 2, "Page", "Newer text");
        page.Versions.Add(newer);
        page.PublishedVersionId = newer.Id;
        var builder = new PublishedSnapshotBuilder(renderer);
        var withNewer = builder.Build([home, page], 1, Now);

        page.PublishedVersionId = original.Id;
        var rolledBack = builder.Build([home, page], 2, Now, withNewer);

        Assert.Contains("Body of Page", rolledBack.FindByPath("/page")!.BodyHtml);
        Assert.DoesNotContain("Newer text", rolledBack.FindByPath("/page")!.BodyHtml);
    }

    private ContentNode Node(ContentNode? parent, string type, string segment, string name)
    {
        var node = new ContentNode
        {
            Key = Guid.NewGuid(),
            ParentKey = parent?.Key,
            DocumentTypeAlias = type,
            UrlSegment = segment,
            CreatedAt = Now,
        };
        var version = Version(node, 1, name, "Body of " + name);
        node.Versions.Add(version);
        node.PublishedVersionId = version.Id;
        return node;
    }

    private ContentVersion Version(ContentNode node, int number, string name, string body) => new()
    {
        Id = nextVersionId++,
        NodeKey = node.Key,
        Number = number,
        Name = name,
        Summary = name + " summary",
        Body = body,
        OwnerOrganisation = "BCP Council SEND Service",
        ReviewBy = new DateOnly(2027, 6, 1),
        LastReviewed = new DateOnly(2026, 11, 1),
        CreatedAt = Now.AddMinutes(number),
        CreatedBy = "test",
    };

    private sealed class CountingRenderer : IRichTextRenderer
    {
        private readonly MarkdownRichTextRenderer real = new();
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public string ToSafeHtml(string markdown)
        {
            Interlocked.Increment(ref calls);
            return real.ToSafeHtml(markdown);
        }
    }
}
