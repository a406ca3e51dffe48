using System.Buffers.Binary;
using System.Security.Cryptography;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// The account screens with their error states, checked with axe: users, a new account and its
/// one-time link, partner organisations, two-factor enrolment and the sign-in code step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountsAccessibilityTests(LocalOfferSite site)
{

    [Fact]
    public async Task Users_list_new_user_form_with_errors_the_one_time_link_and_choosing_a_password_have_no_violations()
    {
        var admin = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await EditorialBrowserAccounts.SignInAsync(page, admin);

        await SitePages.OpenStyledAsync(page, "/editorial/users");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/users");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a user" }).ClickAsync();
        await page.GetByLabel("Email address").FillAsync("not an email");
        await page.GetByLabel("Author", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter an email address in the correct format");
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync("not an email");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/users/new (errors)");

        var email = $"browser-new-{Guid.NewGuid():N}@local-offer.test";
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Full name").FillAsync("Browser Newcomer");
        await page.GetByLabel("Partner organisation").SelectOptionAsync("SENDIASS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the user" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Account created");
        await AxeAssertions.AssertNoViolationsAsync(page, "account created with its link");
        var link = await page.GetByLabel("Set-password link").InputValueAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Go to Browser Newcomer’s account" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Browser Newcomer");
        await AxeAssertions.AssertNoViolationsAsync(page, "user details");

        await using var newcomerTab = await site.OpenTabAsync();
        var newcomer = newcomerTab.Page;
        await SitePages.OpenStyledAsync(newcomer, new Uri(link).PathAndQuery);
        await AxeAssertions.AssertNoViolationsAsync(newcomer, "choose your password");
        await newcomer.GetByLabel("New password").FillAsync("browser newcomer password");
        await newcomer.GetByLabel("Type the password again").FillAsync("something else entirely");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Set my password" }).ClickAsync();
        await Assertions.Expect(newcomer.Locator(".govuk-error-summary")).ToContainTextAsync("The passwords do not match");
        await AxeAssertions.AssertNoViolationsAsync(newcomer, "choose your password (errors)");
    }

    [Fact]
    public async Task A_role_grant_waiting_for_a_second_administrator_and_its_approval_have_no_violations()
    {
        var first = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator);
        var second = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator);
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        string id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            id = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<EditorAccount>>().FindByEmailAsync(author))!.Id;
        }

        await using var firstTab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(firstTab.Page, first);
        await SitePages.OpenStyledAsync(firstTab.Page, $"/editorial/users/{id}");
        await firstTab.Page.GetByLabel("Editorial board", new() { Exact = true }).CheckAsync();
        await firstTab.Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(firstTab.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("waits for a second administrator");
        await Assertions.Expect(firstTab.Page.Locator("#waiting-changes")).ToContainTextAsync("Another administrator must approve this");
        await AxeAssertions.AssertNoViolationsAsync(firstTab.Page, "user details with a change waiting");

        await using var secondTab = await site.OpenTabAsync();
        await EditorialBrowserAccounts.SignInAsync(secondTab.Page, second);
        await SitePages.OpenStyledAsync(secondTab.Page, "/editorial/users");
        await AxeAssertions.AssertNoViolationsAsync(secondTab.Page, "/editorial/users with a change waiting");
        await secondTab.Page.Locator("#waiting-changes tr", new() { HasText = "Browser Test" }).Filter(new() { HasText = "Editorial board" })
            .GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Approve") }).First.ClickAsync();
        await Assertions.Expect(secondTab.Page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("approved and made");
        await AxeAssertions.AssertNoViolationsAsync(secondTab.Page, "user details after approval");
    }

    [Fact]
    public async Task Changing_ones_own_password_its_errors_and_its_confirmation_have_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await EditorialBrowserAccounts.SignInAsync(page, author);

        await page.GetByRole(AriaRole.Link, new() { Name = "Change your password" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Change your password");
        await AxeAssertions.AssertNoViolationsAsync(page, "change password");
        await page.GetByLabel("Current password").FillAsync(EditorialBrowserAccounts.Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("password1234");
        await page.GetByLabel("Type the new password again").FillAsync("password1234");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("list of common passwords");
        await AxeAssertions.AssertNoViolationsAsync(page, "change password (common password refused)");

        await page.GetByLabel("Current password").FillAsync(EditorialBrowserAccounts.Password);
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("lantern orchard pebble");
        await page.GetByLabel("Type the new password again").FillAsync("lantern orchard pebble");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Your password has been changed");
        await AxeAssertions.AssertNoViolationsAsync(page, "change password (done)");
    }

    [Fact]
    public async Task The_organisations_page_and_its_error_state_have_no_violations()
    {
        var admin = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Administrator);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await EditorialBrowserAccounts.SignInAsync(page, admin);

        await SitePages.OpenStyledAsync(page, "/editorial/organisations");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/organisations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the organisation" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the organisation’s name");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/organisations (errors)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retire BCP Council SEND Service" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("cannot be retired while");
        await AxeAssertions.AssertNoViolationsAsync(page, "/editorial/organisations (retire refused)");
    }

    [Fact]
    public async Task Two_factor_enrolment_and_the_sign_in_code_step_with_their_errors_have_no_violations()
    {
        var author = await EditorialBrowserAccounts.CreateAsync(site, EditorialRoles.Author);
        await using var tab = await site.OpenTabAsync();
        var page = tab.Page;
        await EditorialBrowserAccounts.SignInAsync(page, author);

        await SitePages.OpenStyledAsync(page, "/editorial/account/two-factor");
        await AxeAssertions.AssertNoViolationsAsync(page, "two-factor enrolment");
        var key = (await page.Locator("#authenticator-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.GetByLabel("6-digit code").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await AxeAssertions.AssertNoViolationsAsync(page, "two-factor enrolment (errors)");
        await page.GetByLabel("6-digit code").FillAsync(Code(key, DateTimeOffset.UtcNow));
        await page.GetByLabel("Your password").FillAsync(EditorialBrowserAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Two-factor sign-in is on");
        await AxeAssertions.AssertNoViolationsAsync(page, "recovery codes");

        await using var nextTab = await site.OpenTabAsync();
        var next = nextTab.Page;
        await SitePages.OpenStyledAsync(next, "/editorial/sign-in");
        await next.GetByLabel("Email address").FillAsync(author);
        await next.GetByLabel("Password").FillAsync(EditorialBrowserAccounts.Password);
        await next.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(next.Locator("h1")).ToHaveTextAsync("Enter your security code");
        await AxeAssertions.AssertNoViolationsAsync(next, "sign-in code");
        await next.GetByLabel("Security code").FillAsync(Code(key, DateTimeOffset.UtcNow.AddHours(-1)));
        await next.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(next.Locator(".govuk-error-summary")).ToContainTextAsync("The code is not right");
        await AxeAssertions.AssertNoViolationsAsync(next, "sign-in code (errors)");
        // The app's next code: the one enrolment used works only once (the site allows a step either way).
        await next.GetByLabel("Security code").FillAsync(Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await next.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(next.Locator("h1")).ToHaveTextAsync("Editorial dashboard");

        // Managing it afterwards asks for the password again, with an error that names the right field.
        await SitePages.OpenStyledAsync(next, "/editorial/account/two-factor");
        await AxeAssertions.AssertNoViolationsAsync(next, "two-factor status");
        await next.GetByRole(AriaRole.Button, new() { Name = "Make new recovery codes" }).ClickAsync();
        await Assertions.Expect(next.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your password");
        await AxeAssertions.AssertNoViolationsAsync(next, "two-factor status (password missing)");
    }

    /// <summary>An authenticator app's code (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) for the base32 key.</summary>
    private static string Code(string base32Key, DateTimeOffset at)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var key = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in base32Key.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                key.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = HMACSHA1.HashData([.. key], counter);
        var offset = hash[^1] & 0x0f;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }
}
