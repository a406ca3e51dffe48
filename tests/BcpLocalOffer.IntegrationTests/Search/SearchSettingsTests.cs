using System.Net;
using System.Text.Json;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Search;

public class SearchSettingsTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task An_administrator_adds_a_synonym_and_search_uses_it_once_the_index_is_rebuilt_moments_later()
    {
        await factory.WaitForSearchAsync();
        var admin = await SignedInAsync("admin@local-offer.test", "admin-development-only");
        var page = await admin.Client.GetStringAsync("/editorial/search-settings");
        Assert.Contains("respite, short breaks", page);
        Assert.Equal(0, await TotalAsync("zorbling"));

        var saved = await admin.PostFormAsync("/editorial/search-settings", "/editorial/search-settings/synonyms", new Dictionary<string, string>
        {
            ["synonymsText"] = "zorbling, short breaks\nrespite, short breaks",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Synonym tokens are added at indexing, so saving rebuilds the index in the background.
        Assert.True(await Eventually.TrueWithinAsync(TimeSpan.FromSeconds(10), async () => await TotalAsync("zorbling") > 0));
        Assert.Contains("zorbling, short breaks", await admin.Client.GetStringAsync("/editorial/search-settings"));
    }

    [Fact]
    public async Task Synonyms_that_are_too_long_are_refused_with_the_text_kept()
    {
        var admin = await SignedInAsync("admin@local-offer.test", "admin-development-only");
        var text = "tooth, " + new string('x', 60_000);

        var response = await admin.PostFormAsync("/editorial/search-settings", "/editorial/search-settings/synonyms", new Dictionary<string, string> { ["synonymsText"] = text });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("tooth, xxxx", html);
    }

    [Fact]
    public async Task A_rebuild_requested_by_an_administrator_keeps_search_answering()
    {
        await factory.WaitForSearchAsync();
        var admin = await SignedInAsync("admin@local-offer.test", "admin-development-only");

        var response = await admin.PostFormAsync("/editorial/search-settings", "/editorial/search-settings/rebuild", new Dictionary<string, string>());
        var totals = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            totals.Add(await TotalAsync("short breaks"));
        }

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(totals, total => Assert.True(total > 0));
    }

    [Theory]
    [InlineData("author@local-offer.test", "author-development-only")]
    [InlineData("board@local-offer.test", "board-development-only")]
    public async Task Authors_and_board_members_get_403_on_administration(string email, string password)
    {
        var session = await SignedInAsync(email, password);

        var page = await session.Client.GetAsync("/editorial/search-settings");
        var rebuild = await session.PostFormAsync("/editorial", "/editorial/search-settings/rebuild", new Dictionary<string, string>());

        foreach (var response in new[] { page, rebuild })
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/editorial/access-denied", response.Headers.Location!.AbsolutePath);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await session.Client.GetAsync("/editorial/access-denied")).StatusCode);
    }

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }

    private async Task<int> TotalAsync(string query)
    {
        var json = await factory.CreateClient().GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query));
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }
}
