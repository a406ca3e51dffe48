using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>The screen where each person chooses their emails, checked with axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationAccessibilityTests(LocalOfferSite site)
{
    [Fact]
    public async Task A_board_member_chooses_the_daily_digest_from_the_keyboard_and_the_screen_has_no_violations()
    {
        var member = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        await using var tab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(tab.Page, member);

        await SitePages.OpenStyledAsync(tab.Page, "/editorial/account/notifications");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "email choices");

        await tab.Page.GetByLabel("send those as one email each morning instead").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Space");
        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Save your choices" }).ClickAsync();

        await Assertions.Expect(tab.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your choices are saved.");
        await Assertions.Expect(tab.Page.GetByLabel("send those as one email each morning instead")).ToBeCheckedAsync();
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "email choices saved");
    }

    [Fact]
    public async Task The_still_correct_link_confirms_from_the_keyboard_and_its_pages_have_no_violations()
    {
        var member = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        var key = SeedKeys.ForTreePath("help-and-advice/what-the-local-offer-is");
        var page = site.Services.GetRequiredService<IPublishedContentCache>().Current.FindByKey(key)!;
        var link = site.Services.GetRequiredService<StillCorrectLinks>()
            .Create(new ReviewItem(ReviewItemKind.Page, key, page.Name, page.OwnerOrganisation, page.ReviewBy, $"/editorial/content/{key}"), member);
        await using var tab = await site.OpenTabAsync();

        await SitePages.OpenStyledAsync(tab.Page, link);
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Is this page still correct?");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "still correct question");

        await tab.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, it is still correct" }).FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("Thank you: marked as still correct");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "still correct confirmed");

        Assert.Equal(400, (await tab.Page.GotoAsync("/still-correct?token=not-a-token"))!.Status);
        await SitePages.AssertStylesheetAppliedAsync(tab.Page);
        await Assertions.Expect(tab.Page.Locator("h1")).ToHaveTextAsync("This link does not work");
        await AxeAssertions.AssertNoViolationsAsync(tab.Page, "still correct refused");
    }
}
