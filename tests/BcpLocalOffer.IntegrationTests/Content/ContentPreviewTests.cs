using System.Net;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>Preview of unpublished versions, and comparing two versions side by side.</summary>
public class ContentPreviewTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly Guid WhatShortBreaksAre = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");

    [Fact]
    public async Task A_draft_is_previewed_in_the_public_layout_with_a_banner_and_is_not_public_or_indexed()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var number = await SaveDraftAsync(author, WhatShortBreaksAre, "Draft words only editors may see.");

        var (response, page) = await HtmlPage.GetAsync(author.Client, $"/editorial/content/{WhatShortBreaksAre}/versions/{number}/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Draft words only editors may see.", page.QuerySelector("main .app-prose").Text());
        Assert.Equal("Preview – not published", page.QuerySelector(".govuk-notification-banner__title").Text());
        Assert.Equal("What short breaks are", page.QuerySelector("main h1").Text());
        // The public layout, breadcrumbs and navigation: the page as families will see it.
        Assert.NotNull(page.QuerySelector(".govuk-breadcrumbs a[href='/short-breaks']"));
        Assert.NotNull(page.QuerySelector(".govuk-service-navigation__item--active a[href='/short-breaks']"));
        Assert.Contains("noindex", string.Join(',', response.Headers.GetValues("X-Robots-Tag")));
        Assert.True(response.Headers.CacheControl?.NoStore);

        var publicPage = await factory.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are");
        Assert.DoesNotContain("Draft words only editors may see.", publicPage);
        Assert.DoesNotContain("Preview – not published", publicPage);
    }

    [Fact]
    public async Task A_new_page_that_was_never_published_can_be_previewed_under_its_parent()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var parent = SeedKeys.ForTreePath("short-breaks");
        var created = await author.PostFormAsync($"/editorial/content/new?parent={parent}", "/editorial/content/new", new Dictionary<string, string>
        {
            ["Parent"] = parent.ToString(),
            ["DocumentType"] = "contentPage",
            ["Name"] = "Holiday play schemes",
            ["Summary"] = "Play schemes in the school holidays.",
        });
        var key = created.Headers.Location!.OriginalString.Split('/')[3];

        var (response, page) = await HtmlPage.GetAsync(author.Client, $"/editorial/content/{key}/versions/1/preview");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Holiday play schemes", page.QuerySelector("main h1").Text());
        Assert.NotNull(page.QuerySelector(".govuk-breadcrumbs a[href='/short-breaks']"));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/short-breaks/holiday-play-schemes")).StatusCode);
    }

    [Fact]
    public async Task Anyone_not_signed_in_is_sent_to_sign_in_instead_of_seeing_a_preview()
    {
        var response = await factory.CreateNonRedirectingClient().GetAsync($"/editorial/content/{WhatShortBreaksAre}/versions/1/preview");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/editorial/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_version_that_does_not_exist_is_not_found() =>
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await (await SignedInAsync("author@local-offer.test", "author-development-only")).Client.GetAsync($"/editorial/content/{WhatShortBreaksAre}/versions/999/preview")).StatusCode);

    [Fact]
    public async Task Two_versions_are_compared_side_by_side_with_removed_and_added_words_marked_in_words_too()
    {
        var key = SeedKeys.ForTreePath("help-and-advice/glossary");
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var original = await SaveDraftAsync(author, key, "Families meet on Tuesday evenings.\n\nEveryone is welcome.");
        var changed = await SaveDraftAsync(author, key, "Families meet on Thursday evenings.\n\nEveryone is welcome.");

        var details = await author.Client.GetStringAsync($"/editorial/content/{key}");
        Assert.Contains($"/editorial/content/{key}/versions/{original}/compare/{changed}", details);
        Assert.Contains($"/editorial/content/{key}/versions/{changed}/preview", details);

        var (response, page) = await HtmlPage.GetAsync(author.Client, $"/editorial/content/{key}/versions/{original}/compare/{changed}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th").Text() == "Page text");
        var cells = row.QuerySelectorAll("td");
        Assert.Equal("[removed: Tuesday]", cells[0].QuerySelector("del").Text());
        Assert.Null(cells[0].QuerySelector("ins"));
        Assert.Equal("[added: Thursday]", cells[1].QuerySelector("ins").Text());
        Assert.Null(cells[1].QuerySelector("del"));
        Assert.Contains("Everyone is welcome.", cells[1].Text());
        Assert.Contains("Owner", page.QuerySelector("main").Text().Split("Not changed")[1]);

        var chosen = await author.Client.GetAsync($"/editorial/content/{key}/compare?a={changed}&b={original}");
        Assert.Equal($"/editorial/content/{key}/versions/{original}/compare/{changed}", chosen.Headers.Location?.OriginalString);
    }

    private async Task<int> SaveDraftAsync(EditorialSession session, Guid key, string body)
    {
        var (_, form) = await HtmlPage.GetAsync(session.Client, $"/editorial/content/{key}/edit");
        string Value(string name) => form.QuerySelector($"[name='{name}']")?.GetAttribute("value") ?? "";
        var basedOn = int.Parse(Value("BasedOnVersion"), System.Globalization.CultureInfo.InvariantCulture);
        var response = await session.PostFormAsync($"/editorial/content/{key}/edit", $"/editorial/content/{key}/edit", new Dictionary<string, string>
        {
            ["BasedOnVersion"] = basedOn.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Name"] = Value("Name"),
            ["Summary"] = form.QuerySelector("[name='Summary']")!.TextContent,
            ["Body"] = body,
            ["ReviewBy"] = Value("ReviewBy"),
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return basedOn + 1;
    }

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
