using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// Feedback and "You said – We did" in a real browser: every public form with its error state, the
/// young person's version, the inbox and the listing checked with axe (WCAG 2.2 AA), and the whole
/// journey from a parent's comment to a published entry in the listing and the feed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FeedbackAccessibilityTests(LocalOfferSite site)
{
    [Theory]
    [InlineData("/have-your-say")]
    [InlineData("/have-your-say/young-people")]
    public async Task The_have_your_say_forms_and_their_error_states_have_no_violations(string path)
    {
        await using var tab = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(tab.Page, path);
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, path);

        await tab.Page.Locator("form[action^='/have-your-say'] button[type=submit]").ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, path + " (errors)");
    }

    [Fact]
    public async Task Is_this_page_useful_and_what_was_wrong_with_its_error_state_have_no_violations()
    {
        await using var tab = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(tab.Page, "/short-breaks");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/short-breaks with Is this page useful?");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "No this page is not useful" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("What was wrong with the page?");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "What was wrong?");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToContainTextAsync("Select what was wrong");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "What was wrong? (errors)");

        await tab.Page.GetByLabel("It is out of date").CheckAsync();
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Thank you for your feedback");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "page answer confirmation");
    }

    [Fact]
    public async Task A_parents_comment_becomes_a_published_entry_in_the_listing_and_the_feed_with_no_violations_on_the_way()
    {
        var comment = "Nobody told us how long the EHC assessment would take " + Guid.NewGuid().ToString("N")[..6];
        await using (var parent = await site.OpenTabAsync())
        {
            await SitePages.OpenStyledAsync(parent.Page, "/have-your-say");
            await parent.Page.GetByLabel("Parent or carer").CheckAsync();
            await parent.Page.GetByLabel("Topic").SelectOptionAsync(new SelectOptionValue { Index = 3 });
            await parent.Page.GetByLabel("Your comment").FillAsync(comment);
            await parent.Page.GetByLabel("No", new() { Exact = true }).CheckAsync();
            await parent.Page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
            await Assertions.Expect(parent.Page.Locator(".govuk-panel__title")).ToHaveTextAsync("Thank you for your feedback");
            await AxeAssertions.AssertNoViolationsAsync(parent.Page, "Have your say confirmation");
        }

        var theme = "Not knowing how long an assessment takes " + Guid.NewGuid().ToString("N")[..6];
        var youSaid = "You told us nobody said how long an EHC assessment takes " + Guid.NewGuid().ToString("N")[..6];
        string entryUrl;
        await using (var writer = await site.OpenTabAsync())
        {
            await EditorialBrowserAccounts.SignInAsync(writer.Page, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard));
            await SitePages.OpenStyledAsync(writer.Page, "/editorial/feedback");
            await AxeAssertions.AssertNoViolationsAsync(writer.Page, "feedback inbox");
            await writer.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = comment[..40] }).GetByRole(AriaRole.Link).ClickAsync();
            await AxeAssertions.AssertNoViolationsAsync(writer.Page, "feedback item");

            await writer.Page.GetByLabel("Focus areas").FillAsync("999");
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Save tags" }).ClickAsync();
            await Assertions.Expect(writer.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await AxeAssertions.AssertNoViolationsAsync(writer.Page, "feedback item (errors)");

            await writer.Page.GetByLabel("Focus areas").FillAsync("");
            await writer.Page.GetByLabel("Add a new theme").FillAsync(theme);
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Save tags" }).ClickAsync();
            await Assertions.Expect(writer.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Tags saved");
            await writer.Page.GetByRole(AriaRole.Link, new() { Name = $"Write a You said – We did entry for \"{theme}\"" }).ClickAsync();
            await AxeAssertions.AssertNoViolationsAsync(writer.Page, "new entry form");

            await writer.Page.GetByLabel("You said").FillAsync("");
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await Assertions.Expect(writer.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await AxeAssertions.AssertNoViolationsAsync(writer.Page, "new entry form (errors)");

            await writer.Page.GetByLabel("You said").FillAsync(youSaid);
            await writer.Page.GetByLabel("We did").FillAsync("Every family now gets a letter with the expected dates when an assessment starts.");
            await writer.Page.GetByLabel("Improvement plan actions (optional)").FillAsync("8A");
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
            await writer.Page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
            await Assertions.Expect(writer.Page.Locator(".govuk-inset-text")).ToContainTextAsync("another member of the editorial board must approve it");
            await AxeAssertions.AssertNoViolationsAsync(writer.Page, "entry awaiting review");
            entryUrl = writer.Page.Url;
        }

        await using (var reviewer = await site.OpenTabAsync())
        {
            await EditorialBrowserAccounts.SignInAsync(reviewer.Page, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard));
            await SitePages.OpenStyledAsync(reviewer.Page, new Uri(entryUrl).PathAndQuery.Split('?')[0]);
            await reviewer.Page.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
            await Assertions.Expect(reviewer.Page.Locator(".govuk-notification-banner")).ToContainTextAsync("Approved and published");
            await SitePages.OpenStyledAsync(reviewer.Page, "/editorial/you-said-we-did");
            await AxeAssertions.AssertNoViolationsAsync(reviewer.Page, "editorial entries list");
        }

        await using var family = await site.OpenTabAsync();
        await SitePages.OpenStyledAsync(family.Page, "/you-said-we-did");
        await Assertions.Expect(family.Page.Locator("[data-analytics-context^='you-said-we-did:']").Filter(new() { HasText = youSaid })).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(family.Page, "/you-said-we-did");
        await family.Page.GetByRole(AriaRole.Link, new() { Name = youSaid }).ClickAsync();
        await AxeAssertions.AssertNoViolationsAsync(family.Page, "entry permalink");
        var feed = await family.Page.APIRequest.GetAsync("/you-said-we-did/feed.atom");
        Assert.Contains(youSaid, await feed.TextAsync(), StringComparison.Ordinal);

        Assert.Equal(400, (await family.Page.GotoAsync("/you-said-we-did?status=nonsense"))!.Status);
        await SitePages.AssertStylesheetAppliedAsync(family.Page);
        await AxeAssertions.AssertNoViolationsAsync(family.Page, "/you-said-we-did (errors)");
        await SitePages.OpenStyledAsync(family.Page, $"/you-said-we-did/annual/{DateTime.UtcNow.Year}");
        await AxeAssertions.AssertNoViolationsAsync(family.Page, "annual report");
    }

    [Fact]
    public async Task Finding_one_persons_feedback_for_a_subject_access_request_has_no_violations_with_or_without_errors()
    {
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator));
        await SitePages.OpenStyledAsync(tab.Page, "/editorial/feedback/personal-data");
        await Assertions.Expect(tab.Page.Locator("main")).ToContainTextAsync("Replies to them still waiting in the mail pickup folder");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/feedback/personal-data");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/feedback/personal-data (errors)");

        await tab.Page.GetByLabel("Email address").FillAsync("nobody-" + Guid.NewGuid().ToString("N")[..8] + "@example.com");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Assertions.Expect(tab.Page.Locator("main h2").First).ToContainTextAsync("0 pieces of feedback");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "/editorial/feedback/personal-data (nothing found)");
    }
}
