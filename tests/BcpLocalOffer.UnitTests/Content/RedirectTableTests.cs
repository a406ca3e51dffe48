using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Content.Redirects;

namespace BcpLocalOffer.UnitTests.Content;

public class RedirectTableTests
{
    private static readonly Guid Moved = Guid.NewGuid();

    private static readonly PublishedContentSnapshot Snapshot = new(
        [Page(Guid.NewGuid(), "/"), Page(Moved, "/short-breaks/clubs")],
        1,
        DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_redirect_to_a_page_goes_to_where_the_page_is_now_in_one_hop()
    {
        var table = new RedirectTable([new Redirect { FromPath = "/education/clubs", ToNodeKey = Moved }, new Redirect { FromPath = "/clubs", ToNodeKey = Moved }]);

        Assert.Equal("/short-breaks/clubs", table.Resolve("/education/clubs", Snapshot));
        Assert.Equal("/short-breaks/clubs", table.Resolve("/CLUBS", Snapshot));
    }

    [Fact]
    public void A_redirect_to_a_page_that_is_not_public_is_no_redirect()
    {
        var table = new RedirectTable([new Redirect { FromPath = "/gone", ToNodeKey = Guid.NewGuid() }]);

        Assert.Null(table.Resolve("/gone", Snapshot));
        Assert.Null(table.Resolve("/never-there", Snapshot));
    }

    [Fact]
    public void A_redirect_to_a_path_goes_there_but_never_to_itself()
    {
        var table = new RedirectTable([new Redirect { FromPath = "/respite", ToPath = "/short-breaks" }, new Redirect { FromPath = "/self", ToPath = "/Self" }]);

        Assert.Equal("/short-breaks", table.Resolve("/respite", Snapshot));
        Assert.Null(table.Resolve("/self", Snapshot));
    }

    [Theory]
    [InlineData("/short-breaks", null)]
    [InlineData("/a/b-c/d_e.pdf", null)]
    [InlineData("", "Enter the old address")]
    [InlineData("short-breaks", "must be a path on this site")]
    [InlineData("//evil.example", "must be a path on this site")]
    [InlineData("/\\evil.example", "must be a path on this site")]
    [InlineData("https://evil.example/x", "must be a path on this site")]
    [InlineData("/two words", "must not contain spaces")]
    public void Only_local_paths_are_accepted(string path, string? problem)
    {
        var found = LocalPath.Problem(path, "old address");

        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found);
        }
    }

    [Theory]
    [InlineData("/Short-Breaks/", "/short-breaks")]
    [InlineData(" /respite?from=leaflet ", "/respite")]
    [InlineData("/", "/")]
    public void Paths_have_one_spelling(string typed, string normalised) =>
        Assert.Equal(normalised, LocalPath.Normalise(typed));

    private static PublishedPage Page(Guid key, string path) => new()
    {
        Key = key,
        DocumentTypeAlias = "contentPage",
        Path = path,
        Name = path,
        NavigationName = path,
        Summary = "",
        MetaDescription = "",
        BodyHtml = "",
        OwnerOrganisation = "SENDIASS",
        ReviewBy = new DateOnly(2030, 1, 1),
        LastReviewed = new DateOnly(2026, 1, 1),
    };
}
