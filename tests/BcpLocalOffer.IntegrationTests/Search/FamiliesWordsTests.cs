using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// Families describe a need in everyday words ("stammers", "has meltdowns"); the shipped list of
/// families' words takes a search to the page that uses the Code of Practice's words for it, says
/// so on the results page, and administrators change the list like the synonyms.
/// </summary>
[Collection(SearchCollection.Name)]
public class FamiliesWordsTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private const string Speech = "/health-and-care/speech-language-and-communication";
    private const string Exclusions = "/education/exclusions-and-part-time-timetables";
    private const string Autism = "/health-and-care/autism-and-neurodevelopmental-pathway";

    [Theory]
    [InlineData("my son doesn't speak", Speech, "/graduated-response/school-age/communication-and-interaction", "/graduated-response/early-years/communication-and-interaction")]
    [InlineData("stammers", Speech)]
    [InlineData("has meltdowns", "/graduated-response/school-age/social-emotional-and-mental-health", "/graduated-response/early-years/social-emotional-and-mental-health", "/health-and-care/emotional-wellbeing-and-mental-health")]
    [InlineData("can't sit still", Autism)]
    [InlineData("keeps being sent home", Exclusions)]
    [InlineData("hates noise", "/graduated-response/school-age/sensory-and-physical", "/graduated-response/early-years/sensory-and-physical")]
    public async Task Everyday_words_for_a_need_find_the_page_that_names_it_in_the_top_three(string query, params string[] pages)
    {
        await factory.WaitForSearchAsync();

        var urls = (await SearchApi.GetAsync(factory.CreateClient(), query)).Results.Select(r => r.Url).Take(3).ToList();

        Assert.True(urls.Intersect(pages).Any(), $"'{query}': top 3 were {string.Join(", ", urls)}, none of {string.Join(", ", pages)}");
    }

    [Fact]
    public async Task The_results_page_says_what_else_it_looked_for_and_the_official_words_are_left_as_they_are()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();

        var (_, stammers) = await HtmlPage.GetAsync(client, "/search?q=stammers");
        var meaning = Assert.Single(stammers.QuerySelectorAll(".app-search-meaning"));
        Assert.Contains("speech and language therapy", meaning.TextContent);
        Assert.Contains("communication and interaction", meaning.TextContent);

        // One way only: the pages' own word does not turn into the families' words.
        var (_, official) = await HtmlPage.GetAsync(client, "/search?q=behaviour");
        Assert.Empty(official.QuerySelectorAll(".app-search-meaning"));
    }

    [Fact]
    public async Task An_administrator_adds_families_words_and_search_uses_them_moments_later()
    {
        await factory.WaitForSearchAsync();
        var admin = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync("admin@local-offer.test", "admin-development-only")).StatusCode);
        var (_, settings) = await HtmlPage.GetAsync(admin.Client, "/editorial/search-settings");
        var shipped = settings.QuerySelector("textarea[name=familiesWordsText]")!.TextContent;
        Assert.Contains("meltdowns", shipped);
        Assert.False((await FirstAsync("zoomies"))?.StartsWith("/short-breaks", StringComparison.Ordinal) == true);

        var saved = await admin.PostFormAsync("/editorial/search-settings", "/editorial/search-settings/families-words", new Dictionary<string, string>
        {
            ["familiesWordsText"] = shipped + "\n[Services]\nzoomies => short breaks",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.True(await Eventually.TrueWithinAsync(TimeSpan.FromSeconds(10), async () => (await FirstAsync("zoomies"))?.StartsWith("/short-breaks", StringComparison.Ordinal) == true));
        Assert.Contains("zoomies =&gt; short breaks", await admin.Client.GetStringAsync("/editorial/search-settings"));

        var tooLong = await admin.PostFormAsync("/editorial/search-settings", "/editorial/search-settings/families-words", new Dictionary<string, string>
        {
            ["familiesWordsText"] = "tooth => dentist\n" + new string('x', 60_000),
        });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("tooth =&gt; dentist", await tooLong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Authors_cannot_change_families_words()
    {
        var author = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await author.SignInAsync("author@local-offer.test", "author-development-only")).StatusCode);

        var response = await author.PostFormAsync("/editorial", "/editorial/search-settings/families-words", new Dictionary<string, string> { ["familiesWordsText"] = "x => y" });

        Assert.StartsWith("/editorial/access-denied", response.Headers.Location!.AbsolutePath);
    }

    private async Task<string?> FirstAsync(string query) =>
        (await SearchApi.GetAsync(factory.CreateClient(), query)).Results.FirstOrDefault()?.Url;
}
