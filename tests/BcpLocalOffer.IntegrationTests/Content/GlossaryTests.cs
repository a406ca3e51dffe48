using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>
/// Words explained where they appear: every glossary term is a page of its own, the first use of a
/// term on any other page links to it, and a search for the word or its meaning finds it.
/// </summary>
[Collection(SearchCollection.Name)]
public class GlossaryTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private const string Senco = "/help-and-advice/glossary/senco";

    [Fact]
    public async Task The_glossary_lists_every_term_and_each_term_has_a_page_with_its_plain_meaning()
    {
        var client = factory.CreateClient();
        var (_, glossary) = await HtmlPage.GetAsync(client, "/help-and-advice/glossary");

        var terms = glossary.QuerySelectorAll("dl.govuk-summary-list dt a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.True(terms.Count >= 60, $"only {terms.Count} terms");
        Assert.Contains(Senco, terms);

        var (response, senco) = await HtmlPage.GetAsync(client, Senco);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SENCo", senco.QuerySelector("h1").Text());
        Assert.Contains("plans and checks support for pupils with SEND", senco.QuerySelector("main").Text());
        Assert.Contains("special educational needs co-ordinator", senco.QuerySelector("main").Text());
    }

    [Fact]
    public async Task The_first_use_of_a_term_on_a_page_links_to_its_meaning_and_later_uses_do_not()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/education/sen-support-in-schools-and-settings");

        var links = page.QuerySelectorAll(".app-prose a.app-glossary-link").Where(a => a.GetAttribute("href") == Senco).ToList();
        var link = Assert.Single(links);
        Assert.Matches("^(SENCo|special educational needs co-ordinator) ", link.TextContent);
        // The link says where it goes to a screen reader, not only on hover.
        Assert.Contains("(what this means)", link.QuerySelector(".govuk-visually-hidden")!.TextContent);
        Assert.Null(link.Closest("h1, h2, h3, h4"));
        Assert.True(page.QuerySelector(".app-prose")!.TextContent.Split("SENCo").Length > 2, "the page uses SENCo only once, so this test shows nothing");
    }

    [Theory]
    [InlineData("what does SENCo stand for", Senco)]
    [InlineData("special educational needs co-ordinator", Senco)]
    [InlineData("what is a mediation certificate", "/help-and-advice/glossary/mediation-certificate")]
    [InlineData("EOTAS", "/help-and-advice/glossary/eotas")]
    public async Task A_search_for_a_word_or_its_meaning_finds_its_entry_labelled_as_a_word_explained(string query, string entry)
    {
        await factory.WaitForSearchAsync();

        var results = (await SearchApi.GetAsync(factory.CreateClient(), query)).Results.Take(5).ToList();

        var found = Assert.Single(results, r => r.Url == entry);
        Assert.Equal("glossary", found.Type);
    }
}
