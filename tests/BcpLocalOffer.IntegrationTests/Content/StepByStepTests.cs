using System.Net;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>
/// The big journeys, as GOV.UK's step-by-step navigation: each journey's numbered steps, the
/// journey beside every page it links to, in the sitemap and search, and changed by the board
/// through the one workflow like any page.
/// </summary>
public class StepByStepTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Theory]
    [InlineData("/step-by-step/getting-an-ehc-plan", 7, "6 weeks", "20 weeks")]
    [InlineData("/step-by-step/the-annual-review", 5, "4 weeks", "2 weeks")]
    [InlineData("/step-by-step/moving-to-adult-services", 6, "year 9", "25")]
    [InlineData("/step-by-step/getting-a-short-break", 6, "assessment", "direct payment")]
    [InlineData("/step-by-step/getting-a-personal-budget", 6, "personal budget", "direct payment")]
    public async Task Each_journey_is_a_page_of_numbered_steps(string path, int steps, string first, string second)
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page.QuerySelectorAll("ol.app-step-nav > li");
        Assert.Equal(steps, items.Length);
        Assert.All(items, (item, i) => Assert.Equal($"step-{i + 1}", item.Id));
        Assert.Contains(first, page.QuerySelector("ol.app-step-nav")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(second, page.QuerySelector("ol.app-step-nav")!.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_page_a_journey_links_to_shows_the_journey_with_its_own_step_marked()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/education/ehc-needs-assessments-and-plans/asking-for-an-assessment");

        var partOf = Assert.Single(page.QuerySelectorAll("aside.app-step-nav-related"), a => a.TextContent.Contains("Getting an EHC plan", StringComparison.Ordinal));
        Assert.Equal("/step-by-step/getting-an-ehc-plan", partOf.QuerySelector("h2 a")!.GetAttribute("href"));
        var current = Assert.Single(partOf.QuerySelectorAll("[aria-current=step]"));
        Assert.Contains("Step 2: Ask for an EHC needs assessment", current.TextContent);
        Assert.Equal(6, partOf.QuerySelectorAll("li a").Length);

        // A page no journey links to has no step-by-step box.
        var (_, privacy) = await HtmlPage.GetAsync(factory.CreateClient(), "/privacy-notice");
        Assert.Empty(privacy.QuerySelectorAll("aside.app-step-nav-related"));
    }

    [Fact]
    public async Task Journeys_are_in_the_sitemap_and_search_finds_them_labelled_step_by_step()
    {
        var client = factory.CreateClient();
        var sitemap = await client.GetStringAsync("/sitemap.xml");
        Assert.Contains("/step-by-step/getting-an-ehc-plan</loc>", sitemap);
        Assert.Contains("/step-by-step/getting-a-short-break</loc>", sitemap);

        await factory.WaitForSearchAsync();
        var results = (await SearchApi.GetAsync(client, "ehc plan step by step")).Results.Take(3).ToList();
        Assert.Contains(results, r => r.Url == "/step-by-step/getting-an-ehc-plan");
        var (_, page) = await HtmlPage.GetAsync(client, "/search?q=getting+a+short+break+step+by+step");
        Assert.Contains("Step by step", page.QuerySelectorAll(".app-search-result").Select(r => r.TextContent).First(t => t.Contains("Getting a short break", StringComparison.Ordinal)));
    }

}

/// <summary>The board changes a journey like any page: through the one workflow, four eyes.</summary>
public class StepByStepEditingTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task The_board_adds_a_step_through_the_workflow_and_the_page_it_links_to_joins_the_journey()
    {
        var key = SeedKeys.ForTreePath("step-by-step/getting-a-short-break");
        var board = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await board.SignInAsync("board@local-offer.test", "board-development-only")).StatusCode);
        var (_, form) = await HtmlPage.GetAsync(board.Client, $"/editorial/content/{key}/edit");
        var body = form.QuerySelector("textarea[name=Body]")!.TextContent;

        var saved = await board.PostFormAsync($"/editorial/content/{key}/edit", $"/editorial/content/{key}/edit", new Dictionary<string, string>
        {
            ["BasedOnVersion"] = "1",
            ["Name"] = "Getting a short break: step by step",
            ["Summary"] = "How to find out which short breaks your child can have, how to ask for one, and how it is reviewed.",
            ["Body"] = body + "\n\n## Meet other families\n\nThe [parent carer forum](/get-involved/parent-carer-forum) can tell you which breaks other families liked.",
            ["OwnerOrganisation"] = "BCP Council Children's Social Care",
            ["ReviewBy"] = "2027-06-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/submit", new Dictionary<string, string>())).StatusCode);
        Assert.Empty(await JourneyBoxesAsync("/get-involved/parent-carer-forum"));

        var other = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SignInAsync(await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard), TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/approve", new Dictionary<string, string>())).StatusCode);

        var (_, journey) = await HtmlPage.GetAsync(factory.CreateClient(), "/step-by-step/getting-a-short-break");
        Assert.Equal(7, journey.QuerySelectorAll("ol.app-step-nav > li").Length);
        var box = Assert.Single(await JourneyBoxesAsync("/get-involved/parent-carer-forum"));
        Assert.Contains("Step 7: Meet other families", box.QuerySelector("[aria-current=step]")!.TextContent);
    }

    private async Task<IReadOnlyList<AngleSharp.Dom.IElement>> JourneyBoxesAsync(string path)
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), path);
        return [.. page.QuerySelectorAll("aside.app-step-nav-related")];
    }
}
