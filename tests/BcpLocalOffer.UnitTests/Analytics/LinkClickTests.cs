using BcpLocalOffer.Core.Analytics;

namespace BcpLocalOffer.UnitTests.Analytics;

public class LinkClickTests
{
    [Fact]
    public void A_click_on_a_link_inside_a_you_said_we_did_entry_keeps_its_context()
    {
        var (click, problem) = LinkClick.Create("internal", "/you-said-we-did", "/improvement-plan/actions/8A", "you-said-we-did:12");

        Assert.Null(problem);
        Assert.Equal(new LinkClick(EventKind.InternalLink, "/you-said-we-did", "/improvement-plan/actions/8A", "you-said-we-did:12"), click);
        Assert.True(YouSaidWeDidMeasures.IsClickThrough(click!.Context));
    }

    [Theory]
    [InlineData("https://www.gov.uk/apply?name=Jane#top", "https://www.gov.uk/apply")]
    [InlineData("http://example.org", "http://example.org/")]
    [InlineData("https://example.org:8443/a/b.pdf?x=1", "https://example.org:8443/a/b.pdf")]
    public void An_outbound_address_loses_its_query_string_and_fragment(string target, string kept)
    {
        Assert.Equal(kept, LinkClick.Create("outbound", "/", target, null).Click?.Target);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/short-breaks")]
    [InlineData("/media/12/plan.pdf")]
    [InlineData("/caf%C3%A9")]
    public void Site_paths_are_accepted(string path) => Assert.True(LinkClick.IsSitePath(path));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short-breaks")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/search?q=my+name")]
    [InlineData("/page#part")]
    [InlineData("/with space")]
    [InlineData("/line\nbreak")]
    public void Anything_else_is_not_a_site_path(string? path) => Assert.False(LinkClick.IsSitePath(path));

    [Fact]
    public void A_path_longer_than_the_limit_is_refused()
    {
        Assert.True(LinkClick.IsSitePath("/" + new string('a', LinkClick.MaxPathLength - 1)));
        Assert.False(LinkClick.IsSitePath("/" + new string('a', LinkClick.MaxPathLength)));
    }

    [Theory]
    [InlineData("you-said-we-did:12", true)]
    [InlineData("directory", true)]
    [InlineData("You-Said:12", false)]
    [InlineData("you-said-we-did:<b>", false)]
    [InlineData("a:b:c", false)]
    [InlineData("", false)]
    public void Contexts_are_short_machine_names(string context, bool accepted)
    {
        Assert.Equal(accepted, LinkClick.Create("internal", "/", "/a", context).Click is not null);
    }

    [Theory]
    [InlineData("teleport", "/", "/a")]
    [InlineData("internal", "/", "https://evil.example/")]
    [InlineData("download", "/", "javascript:alert(1)")]
    [InlineData("outbound", "/", "javascript:alert(1)")]
    [InlineData("outbound", "/", "mailto:someone@example.org")]
    [InlineData("outbound", "/", "https://user:password@example.org/")]
    public void Clicks_that_cannot_be_counted_say_why(string kind, string path, string target)
    {
        var (click, problem) = LinkClick.Create(kind, path, target, null);

        Assert.Null(click);
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }
}
