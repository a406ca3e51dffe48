using System.Net;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.WritingHelp;

/// <summary>The writing help under the page text: on the edit page, and as the author types.</summary>
public sealed class WritingHelpTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly string EditPage = $"/editorial/content/{SeedKeys.ForTreePath("short-breaks")}/edit";

    [Fact]
    public async Task The_edit_page_shows_the_reading_age_of_the_page_text_as_saved()
    {
        var author = await SignedInAsync();

        var page = Parse(await author.Client.GetStringAsync(EditPage));

        var panel = page.QuerySelector("section.app-writing-help[data-for='body']");
        Assert.NotNull(panel);
        Assert.Contains("Writing help", panel.QuerySelector("h2")!.TextContent);
        Assert.Matches(@"Reading age\s+\d+\s+aim for 9 or lower", Squash(panel.QuerySelector(".app-writing-help__figures")!.TextContent));
    }

    [Fact]
    public async Task Text_posted_as_the_author_types_comes_back_as_advice_on_that_text()
    {
        var author = await SignedInAsync();

        var response = await author.PostFormAsync(EditPage, "/editorial/writing-help", new Dictionary<string, string>
        {
            ["text"] = "## Help\n\n#### Asking\n\nWe will utilise the funding in order to facilitate breaks. Your request is checked by the team.\n\n![](/media/map.png)",
            ["field"] = "Page text",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var advice = Squash(Parse(await response.Content.ReadAsStringAsync()).QuerySelector(".app-writing-help__advice")!.TextContent);
        Assert.Contains("“utilise” (once): try “use”", advice);
        Assert.Contains("“in order to” (once): try “to”", advice);
        Assert.Contains("“is checked”", advice);
        Assert.Contains("/media/map.png", advice);
        Assert.Contains("‘Asking’ skips from heading level 2 to level 4", advice);
    }

    [Fact]
    public async Task Writing_help_needs_a_signed_in_editor_and_a_token_and_refuses_a_text_no_page_could_be()
    {
        var anonymous = factory.CreateClient(new() { AllowAutoRedirect = false });
        var signedOut = await anonymous.PostAsync("/editorial/writing-help", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Hello." }));
        Assert.NotEqual(HttpStatusCode.OK, signedOut.StatusCode);

        var author = await SignedInAsync();
        var noToken = await author.Client.PostAsync("/editorial/writing-help", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Hello." }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var huge = await author.PostFormAsync(EditPage, "/editorial/writing-help", new Dictionary<string, string> { ["text"] = new string('a', 200_001) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
    }

    internal static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static AngleSharp.Dom.IDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

    private async Task<EditorialSession> SignedInAsync() => await SignInAsync(factory);

    internal static async Task<EditorialSession> SignInAsync(LocalOfferFactory factory)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("author@local-offer.test", "author-development-only")).StatusCode);
        return session;
    }
}

/// <summary>A council that aims for a reading age of 12 sees that target in the writing help.</summary>
public sealed class WritingHelpSettingTests(WritingHelpSettingTests.TargetTwelveFactory factory) : IClassFixture<WritingHelpSettingTests.TargetTwelveFactory>
{
    public sealed class TargetTwelveFactory : DevelopmentFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("LocalOffer:WritingHelp:TargetReadingAge", "12");
        }
    }

    [Fact]
    public async Task The_target_reading_age_is_a_setting()
    {
        var author = await WritingHelpTests.SignInAsync(factory);

        var page = await author.Client.GetStringAsync($"/editorial/content/{SeedKeys.ForTreePath("short-breaks")}/edit");

        Assert.Contains("aim for 12 or lower", WritingHelpTests.Squash(page));
    }
}
