using BcpLocalOffer.Core.Publishing;
using System.Net;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Users;

/// <summary>Administrators create accounts, change roles, disable, enable and unlock them; none of it can lock themselves out.</summary>
public class UsersAdminTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task An_administrator_creates_an_account_and_the_person_sets_their_own_password_from_a_link_that_works_once()
    {
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var email = $"new-author-{Guid.NewGuid():N}@local-offer.test";

        var created = await admin.PostFormAsync("/editorial/users/new", "/editorial/users/new", new List<KeyValuePair<string, string>>
        {
            new("Email", email),
            new("DisplayName", "Nadia Author"),
            new("Roles", EditorialRoles.Author),
            new("Organisation", "Parent Carers Together"),
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var (_, page) = await ParseAsync(created);
        Assert.Equal("Account created", page.QuerySelector("h1").Text());
        var link = new Uri(page.QuerySelector("#set-password-link").Text());
        var list = await admin.Client.GetStringAsync("/editorial/users");
        Assert.Contains(email, list);
        Assert.Contains("Waiting for a password", list);
        Assert.Equal(HttpStatusCode.BadRequest, (await EditorialSession.Open(factory).SignInAsync(email, "no-password-yet!")).StatusCode);

        var person = EditorialSession.Open(factory);
        var setPage = await person.Client.GetStringAsync(link.PathAndQuery);
        Assert.Contains("Choose your password", setPage);
        Assert.Contains(email, setPage);
        var mismatch = await SetPasswordAsync(person, link, "a long enough password", "a different password");
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("The passwords do not match", await mismatch.Content.ReadAsStringAsync());
        var tooShort = await SetPasswordAsync(person, link, "short", "short");
        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync());
        var set = await SetPasswordAsync(person, link, "nadia-chose-this-password", "nadia-chose-this-password");
        Assert.Contains("Your password is set", await set.Content.ReadAsStringAsync());

        var signIn = await person.SignInAsync(email, "nadia-chose-this-password");
        Assert.Equal("/editorial", signIn.Headers.Location?.OriginalString);
        Assert.Contains("Author", await person.Client.GetStringAsync("/editorial"));
        var again = await EditorialSession.Open(factory).Client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("expired or has already been used", await again.Content.ReadAsStringAsync());
        var account = await TestAccounts.FindAsync(factory, email);
        Assert.Equal("Parent Carers Together", account.Organisation);
        Assert.Contains(await AuditActionsAsync(), a => a == AuditAction.Created);
    }

    [Fact]
    public async Task A_new_account_with_problems_gets_a_400_listing_each_and_keeps_what_was_typed()
    {
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        var response = await admin.PostFormAsync("/editorial/users/new", "/editorial/users/new", new List<KeyValuePair<string, string>>
        {
            new("Email", "not-an-email"),
            new("DisplayName", "Kept Name"),
            new("Roles", EditorialRoles.Author),
            new("Organisation", ""),
        });
        var duplicate = await admin.PostFormAsync("/editorial/users/new", "/editorial/users/new", new List<KeyValuePair<string, string>>
        {
            new("Email", "board@local-offer.test"),
            new("DisplayName", "Someone"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var (html, page) = await ParseAsync(response);
        var summary = page.QuerySelector(".govuk-error-summary").Text();
        Assert.Contains("Enter an email address in the correct format", summary);
        Assert.Contains("Select the partner organisation an author writes for", summary);
        Assert.Equal("Kept Name", page.QuerySelector("#displayname")?.GetAttribute("value"));
        Assert.Equal("not-an-email", page.QuerySelector("#email")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#roles[checked]"));
        Assert.Contains("href=\"#organisation\"", html);
        var duplicateText = await duplicate.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("There is already an account with this email address", duplicateText);
        Assert.Contains("Select at least one role", duplicateText);
    }

    [Fact]
    public async Task A_role_change_applies_to_the_persons_open_session_on_their_next_page_once_a_second_administrator_approves_it()
    {
        var board = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        var member = await TestAccounts.SignedInAsync(factory, board);
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.GetAsync("/editorial/redirects")).StatusCode);
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var id = (await TestAccounts.FindAsync(factory, board)).Id;

        var changed = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}", new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "Promoted Member"),
            new("Roles", EditorialRoles.EditorialBoard),
            new("Roles", EditorialRoles.Administrator),
            new("Organisation", "NHS Dorset"),
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await member.Client.GetAsync("/editorial/redirects")).StatusCode);
        var secondAdmin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var change = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PrivilegedChanges.SingleAsync(c => c.AccountId == id && c.DecidedAt == null);
            Assert.Equal(HttpStatusCode.Redirect, (await secondAdmin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{change.Id}/approve", new Dictionary<string, string>())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await member.Client.GetAsync("/editorial/redirects")).StatusCode);
        var details = await admin.Client.GetStringAsync($"/editorial/users/{id}?done=changed");
        Assert.Contains("Promoted Member", details);
        Assert.Contains("Editorial board, Administrator", details);
        Assert.Equal("NHS Dorset", (await TestAccounts.FindAsync(factory, board)).Organisation);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_session_and_stops_sign_in_until_it_is_enabled()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var authorSession = await TestAccounts.SignedInAsync(factory, author);
        Assert.Equal(HttpStatusCode.OK, (await authorSession.Client.GetAsync("/editorial/content")).StatusCode);
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var id = (await TestAccounts.FindAsync(factory, author)).Id;

        var disabled = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/disable", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        var afterDisable = await authorSession.Client.GetAsync("/editorial/content");
        Assert.Equal(HttpStatusCode.Redirect, afterDisable.StatusCode);
        Assert.StartsWith("/editorial/sign-in", afterDisable.Headers.Location!.AbsolutePath);
        var refused = await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Disabled", await admin.Client.GetStringAsync("/editorial/users"));

        var enabled = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/enable", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password)).StatusCode);
        var actions = await AuditActionsAsync();
        Assert.Contains(AuditAction.Disabled, actions);
        Assert.Contains(AuditAction.Enabled, actions);
    }

    [Fact]
    public async Task An_administrator_unlocks_an_account_locked_by_wrong_passwords()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        // From five clients: one client alone is throttled before it can lock anyone out.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await EditorialSession.Open(factory).SignInAsync(author, "wrong-password-" + attempt);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password)).StatusCode);
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var id = (await TestAccounts.FindAsync(factory, author)).Id;
        Assert.Contains("Unlock the account now", await admin.Client.GetStringAsync($"/editorial/users/{id}"));

        var unlocked = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/unlock", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password)).StatusCode);
        Assert.Contains(AuditAction.Unlocked, await AuditActionsAsync());
    }

    [Fact]
    public async Task An_administrator_can_neither_disable_themselves_nor_remove_their_own_administrator_role()
    {
        var email = await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator);
        var admin = await TestAccounts.SignedInAsync(factory, email);
        var id = (await TestAccounts.FindAsync(factory, email)).Id;

        var disable = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/disable", new Dictionary<string, string>());
        var demote = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}", new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "Still Admin"),
            new("Roles", EditorialRoles.EditorialBoard),
        });

        Assert.Equal(HttpStatusCode.BadRequest, disable.StatusCode);
        Assert.Contains("You cannot disable your own account", await disable.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        Assert.Contains("You cannot remove your own Administrator role", await demote.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/editorial/users")).StatusCode);
        Assert.Null((await TestAccounts.FindAsync(factory, email)).DisabledAt);
    }

    private static Task<HttpResponseMessage> SetPasswordAsync(EditorialSession person, Uri link, string password, string confirm)
    {
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        return person.PostFormAsync(link.PathAndQuery, "/editorial/account/set-password", new Dictionary<string, string>
        {
            ["User"] = query["user"]!,
            ["Token"] = query["token"]!,
            ["Password"] = password,
            ["ConfirmPassword"] = confirm,
        });
    }

    private static async Task<(string Html, AngleSharp.Dom.IDocument Page)> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (html, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
    }

    private async Task<List<AuditAction>> AuditActionsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.Where(e => e.Capability == AuditCapability.Account).Select(e => e.Action).ToListAsync();
    }
}
