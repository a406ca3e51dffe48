using System.Text.RegularExpressions;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// Families use other words than the pages do (content-seed/search/synonyms.txt). Each test
/// checks that the page found does not itself contain the word typed, so only the synonym can
/// have found it.
/// </summary>
[Collection(SearchCollection.Name)]
public class SearchSynonymTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private readonly HttpClient client = factory.CreateClient();

    [Theory]
    [InlineData("respite", "/short-breaks/who-can-get-short-breaks")]
    [InlineData("respite", "/short-breaks")]
    [InlineData("EHCP", "/education/ehc-needs-assessments-and-plans/annual-reviews")]
    [InlineData("EHCP", "/education/ehc-needs-assessments-and-plans/what-goes-in-a-plan")]
    [InlineData("SALT", "/health-and-care/health-services")]
    public async Task A_synonym_finds_pages_that_never_use_the_word_typed(string typed, string expected)
    {
        await factory.WaitForSearchAsync();
        var page = await client.GetStringAsync(expected);
        Assert.False(Regex.IsMatch(MainText(page), $@"\b{typed}\b", RegexOptions.IgnoreCase), $"{expected} uses '{typed}' itself, so it proves nothing");

        // The first two pages: improvement-plan actions about the same service (speech and language
        // therapy for SALT) rightly share the first one.
        var results = (await SearchApi.GetAsync(client, typed)).Results.Concat((await SearchApi.GetAsync(client, typed, "&page=2")).Results);

        Assert.Contains(expected, results.Select(r => r.Url));
    }

    [Fact]
    public async Task The_guide_to_EHC_plans_comes_first_for_EHCP()
    {
        await factory.WaitForSearchAsync();

        Assert.Equal("/education/ehc-needs-assessments-and-plans", (await SearchApi.GetAsync(client, "EHCP")).Results[0].Url);
    }

    [Fact]
    public async Task A_multi_word_synonym_is_matched_as_a_phrase_so_speech_and_language_therapy_also_finds_SALT()
    {
        var (_, page) = await SearchPageAsync("speech and language therapy");

        var speech = page.QuerySelectorAll("li.app-search-result").Single(r => r.QuerySelector("h2 a")?.GetAttribute("href") == "/health-and-care/speech-language-and-communication");
        Assert.Contains("SALT", speech.QuerySelectorAll("mark").Select(m => m.TextContent));

        // The same words in another order are not the phrase, so SALT is not added to the search.
        var (_, scrambled) = await SearchPageAsync("therapy language speech");
        Assert.DoesNotContain("SALT", scrambled.QuerySelectorAll("li.app-search-result mark").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Both_directions_of_a_synonym_find_the_same_page_first()
    {
        await factory.WaitForSearchAsync();

        var byAcronym = await SearchApi.GetAsync(client, "SALT");
        var byPhrase = await SearchApi.GetAsync(client, "speech and language therapy");

        Assert.Equal("/health-and-care/speech-language-and-communication", byAcronym.Results[0].Url);
        Assert.Equal("/health-and-care/speech-language-and-communication", byPhrase.Results[0].Url);
    }

    private async Task<(HttpResponseMessage, AngleSharp.Dom.IDocument)> SearchPageAsync(string query)
    {
        await factory.WaitForSearchAsync();
        return await HtmlPage.GetAsync(client, "/search?q=" + Uri.EscapeDataString(query));
    }

    private static string MainText(string html) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("main")?.TextContent ?? "";
}
