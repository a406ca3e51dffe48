using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The authoring tools: the Markdown toolbar, preview, media library, scheduling and comparison, each checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AuthoringAccessibilityTests(LocalOfferSite site)
{

    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_toolbar_makes_selected_text_bold_from_the_keyboard_and_the_edit_form_has_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);
        var key = SeedKeys.ForTreePath("help-and-advice/glossary");

        await SitePages.OpenStyledAsync(tab.Page, $"/editorial/content/{key}/edit");
        var toolbar = tab.Page.GetByRole(AriaRole.Group, new() { Name = "Formatting" }).First;
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" })).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "edit form with the formatting toolbar");

        var text = tab.Page.GetByLabel("Page text", new() { Exact = true });
        await text.FillAsync("important");
        await text.PressAsync("Control+A");
        // From the text, back through the toolbar (Table, Numbered list, Bulleted list, Link) to Bold.
        for (var i = 0; i < 5; i++)
        {
            await tab.Page.Keyboard.PressAsync("Shift+Tab");
        }

        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" })).ToBeFocusedAsync();
        await tab.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(text).ToHaveValueAsync("**important**");
        await Assertions.Expect(text).ToBeFocusedAsync();

        await tab.Page.Keyboard.PressAsync("End");
        await tab.Page.Keyboard.PressAsync("Enter");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Table" }).ClickAsync();
        await Assertions.Expect(text).ToHaveValueAsync("**important**\n\n| Heading | Heading |\n| --- | --- |\n| Cell | Cell |");

        await tab.Page.GetByText("Formatting help").First.ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "edit form with formatting help open");
    }

    [Fact]
    public async Task The_writing_help_follows_the_text_as_the_author_types_and_has_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);
        await SitePages.OpenStyledAsync(tab.Page, $"/editorial/content/{SeedKeys.ForTreePath("short-breaks")}/edit");
        var help = tab.Page.GetByRole(AriaRole.Region, new() { Name = "Writing help", Exact = true });
        await Assertions.Expect(help).ToContainTextAsync("Reading age");

        await tab.Page.GetByLabel("Page text", new() { Exact = true }).FillAsync(
            "Applications for assistance are considered individually. We utilise a multidisciplinary panel in order to facilitate decisions.\n\n#### Next");

        await Assertions.Expect(help).ToContainTextAsync("“utilise” (once): try “use”");
        await Assertions.Expect(help).ToContainTextAsync("“are considered”");
        await Assertions.Expect(help).ToContainTextAsync("skips from heading level 1 to level 4");
        await Assertions.Expect(help.GetByRole(AriaRole.Status)).ToContainTextAsync("aim for 9 or lower");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "edit form with writing help about typed text");

        // Advice, never a block: the draft saves as it is.
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).Not.ToContainTextAsync("Edit");
    }

    [Fact]
    public async Task The_preview_of_a_draft_has_its_banner_and_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        var key = SeedKeys.ForTreePath("short-breaks");
        var number = await SaveDraftAsync(key, author, v => v.Body += "\n\nA sentence only in the draft.");
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);

        await SitePages.OpenStyledAsync(tab.Page, $"/editorial/content/{key}");
        await tab.Page.Locator(".govuk-button-group").GetByRole(AriaRole.Link, new() { Name = $"Preview version {number}" }).ClickAsync();

        await Assertions.Expect(tab.Page.Locator(".govuk-notification-banner__title")).ToHaveTextAsync("Preview – not published");
        await Assertions.Expect(tab.Page.Locator("main")).ToContainTextAsync("A sentence only in the draft.");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "preview");
    }

    [Fact]
    public async Task The_media_library_its_upload_form_errors_and_a_file_have_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);
        var page = tab.Page;

        await SitePages.OpenStyledAsync(page, "/editorial/media");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/media");
        await page.GetByRole(AriaRole.Link, new() { Name = "Upload a file" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "upload form");

        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "ramp.png", MimeType = "image/png", Buffer = Png });
        await page.GetByLabel("Title (optional)").FillAsync("Ramp to the front door");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter alt text");
        await Assertions.Expect(page.GetByLabel("Title (optional)")).ToHaveValueAsync("Ramp to the front door");
        await AxeAssertions.AssertNoViolationsAsync(page, "upload form (errors)");

        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "ramp.png", MimeType = "image/png", Buffer = Png });
        await page.GetByLabel("Alt text (required for images)").FillAsync("A gentle ramp up to a blue front door");
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload" }).ClickAsync();
        await Assertions.Expect(page.Locator("#snippet")).ToContainTextAsync("![A gentle ramp up to a blue front door](/media/");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy Markdown" })).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "media file details");

        await page.GotoAsync("/editorial/media?q=ramp");
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Ramp to the front door");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/media (with a file)");

        // The board's media approval queue and the workflow panel on the file, approved from there.
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var boardTab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(boardTab.Page, board);
        await SitePages.OpenStyledAsync(boardTab.Page, "/editorial/media?state=waiting");
        await Assertions.Expect(boardTab.Page.Locator("tbody")).ToContainTextAsync("Ramp to the front door");
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "media waiting for approval");
        await boardTab.Page.GetByRole(AriaRole.Link, new() { Name = "Ramp to the front door" }).ClickAsync();
        await Assertions.Expect(boardTab.Page.GetByRole(AriaRole.Heading, new() { Name = "Review this file" })).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "media file workflow panel");
        await boardTab.Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Assertions.Expect(boardTab.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Approved");
        await AxeAssertions.AssertNoViolationsAsync(boardTab.Page, "media file approved");
    }

    [Fact]
    public async Task The_schedule_form_and_its_error_state_have_no_violations()
    {
        var board = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, board);
        var key = SeedKeys.ForTreePath("money-and-personal-budgets");

        await SitePages.OpenStyledAsync(tab.Page, $"/editorial/content/{key}");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = "Schedule publishing or unpublishing" }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "schedule form");

        await tab.Page.GetByLabel("Unpublish the page").CheckAsync();
        await tab.Page.GetByLabel("Date").FillAsync("2020-01-01");
        await tab.Page.GetByLabel("Time (UK time)").FillAsync("09:30");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Schedule the change" }).ClickAsync();

        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToContainTextAsync("The date and time must be in the future");
        await Assertions.Expect(tab.Page.GetByLabel("Date")).ToHaveValueAsync("2020-01-01");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "schedule form (errors)");
    }

    [Fact]
    public async Task The_comparison_of_two_versions_has_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        var key = SeedKeys.ForTreePath("help-and-advice");
        var number = await SaveDraftAsync(key, author, v =>
        {
            v.Summary += " Now with more help.";
            v.Body = "A new first line.\n\n" + v.Body;
        });
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, author);

        await SitePages.OpenStyledAsync(tab.Page, $"/editorial/content/{key}");
        await tab.Page.GetByRole(AriaRole.Link, new() { Name = $"Changes in version {number} from {number - 1}" }).ClickAsync();

        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync($"Compare version {number - 1} with version {number}");
        await Assertions.Expect(tab.Page.Locator("td ins").First).ToContainTextAsync("added:");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "version comparison");
    }

    private async Task<int> SaveDraftAsync(Guid key, string author, Action<Core.Content.ContentVersion> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Data.LocalOfferDbContext>();
        var latest = db.ContentVersions.Where(v => v.NodeKey == key).Max(v => v.Number);
        var result = await scope.ServiceProvider.GetRequiredService<ContentEditing>().SaveDraftAsync(key, latest, change, new Editor(author, CanPublish: false));
        Assert.True(result.Succeeded, result.Reason);
        return result.Value!.Number;
    }
}
