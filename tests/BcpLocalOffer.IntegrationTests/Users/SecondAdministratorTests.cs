using System.Net;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.IntegrationTests.Users;

/// <summary>
/// No administrator can act as a colleague alone: set-password links go to the person's own
/// address, and privileged changes wait for a second administrator, who is told by mail.
/// </summary>
public class SecondAdministratorTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task A_set_password_link_for_an_account_with_a_password_is_mailed_to_its_address_and_never_shown_on_screen()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var id = (await TestAccounts.FindAsync(factory, author)).Id;
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        var sent = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/set-password-link", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var page = await admin.Client.GetStringAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains($"A set-password link has been sent to {author}", page);
        Assert.DoesNotContain("token=", page);
        var mail = Assert.Single(MailPickup.To(factory, author));
        var link = MailPickup.SetPasswordLink(mail);
        var person = EditorialSession.Open(factory);
        Assert.Contains("Choose your password", await person.Client.GetStringAsync(link.PathAndQuery));
        Assert.Contains(AuditAction.SetPasswordLinkMade, await AuditActionsAsync(id));
    }

    [Fact]
    public async Task A_newer_set_password_link_stops_the_older_one_and_ends_the_accounts_open_sessions()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var authorSession = await TestAccounts.SignedInAsync(factory, author);
        var id = (await TestAccounts.FindAsync(factory, author)).Id;
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/set-password-link", new Dictionary<string, string>());
        await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/set-password-link", new Dictionary<string, string>());

        var mails = MailPickup.To(factory, author);
        Assert.Equal(2, mails.Count);
        var links = mails.Select(MailPickup.SetPasswordLink).ToList();
        Assert.NotEqual(links[0], links[1]);
        var older = await EditorialSession.Open(factory).Client.GetAsync(links[0].PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, older.StatusCode);
        Assert.Contains("expired or has already been used", await older.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await EditorialSession.Open(factory).Client.GetAsync(links[1].PathAndQuery)).StatusCode);
        var signedOut = await authorSession.Client.GetAsync("/editorial/content");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/editorial/sign-in", signedOut.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public void A_set_password_link_lasts_24_hours()
    {
        // Identity's token provider reads the real clock, so the lifespan is checked where the site sets it.
        Assert.Equal(TimeSpan.FromHours(24), factory.Services.GetRequiredService<IOptions<DataProtectionTokenProviderOptions>>().Value.TokenLifespan);
    }

    [Fact]
    public async Task Granting_the_board_role_waits_for_a_second_administrator_who_is_told_by_mail_and_the_requester_cannot_approve_it()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var id = (await TestAccounts.FindAsync(factory, author)).Id;
        var first = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var secondEmail = await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator);
        var second = await TestAccounts.SignedInAsync(factory, secondEmail);

        var asked = await first.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}", new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "Soon Board"),
            new("Roles", EditorialRoles.Author),
            new("Roles", EditorialRoles.EditorialBoard),
            new("Organisation", "SENDIASS"),
        });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("waits for a second administrator", await first.Client.GetStringAsync(asked.Headers.Location!.OriginalString));
        Assert.Equal([EditorialRoles.Author], await RolesAsync(author));
        Assert.Equal("Soon Board", (await TestAccounts.FindAsync(factory, author)).DisplayName);
        var notice = Assert.Single(MailPickup.To(factory, secondEmail), m => m.Body.Contains(author, StringComparison.Ordinal));
        Assert.Contains("Approval needed", notice.Subject);
        Assert.Contains($"/editorial/users/{id}", notice.Body);
        var change = await WaitingChangeAsync(id);

        var ownApproval = await first.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{change}/approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, ownApproval.StatusCode);
        Assert.Contains("Another administrator must approve it", await ownApproval.Content.ReadAsStringAsync());
        Assert.Equal([EditorialRoles.Author], await RolesAsync(author));
        var approvePage = await second.Client.GetStringAsync($"/editorial/users/{id}");
        Assert.Contains("Give the Editorial board role", approvePage);

        var approved = await second.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{change}/approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal([EditorialRoles.Author, EditorialRoles.EditorialBoard], await RolesAsync(author));
        Assert.Contains(AuditAction.PrivilegedChangeApproved, await AuditActionsAsync(id));
        var again = await second.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{change}/approve", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already approved", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Resetting_a_board_members_two_factor_sign_in_waits_for_a_second_administrator_and_a_decline_changes_nothing()
    {
        var member = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        await TwoFactorEnrolment.EnrolAsync(await TestAccounts.SignedInAsync(factory, member));
        var id = (await TestAccounts.FindAsync(factory, member)).Id;
        var first = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var second = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        var asked = await first.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/reset-two-factor", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.True((await TestAccounts.FindAsync(factory, member)).TwoFactorEnabled);
        var declined = await second.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{await WaitingChangeAsync(id)}/decline", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.True((await TestAccounts.FindAsync(factory, member)).TwoFactorEnabled);

        await first.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/reset-two-factor", new Dictionary<string, string>());
        var approved = await second.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{await WaitingChangeAsync(id)}/approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.False((await TestAccounts.FindAsync(factory, member)).TwoFactorEnabled);
        var actions = await AuditActionsAsync(id);
        Assert.Contains(AuditAction.PrivilegedChangeDeclined, actions);
        Assert.Contains(AuditAction.PrivilegedChangeApproved, actions);
    }

    [Fact]
    public async Task A_set_password_link_for_an_administrator_is_mailed_only_once_a_second_administrator_approves()
    {
        var target = await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator);
        var id = (await TestAccounts.FindAsync(factory, target)).Id;
        var first = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        var second = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        var asked = await first.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/set-password-link", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("needs a second administrator", await first.Client.GetStringAsync(asked.Headers.Location!.OriginalString));
        Assert.DoesNotContain(MailPickup.To(factory, target), m => m.Body.Contains("/editorial/account/set-password", StringComparison.Ordinal));
        Assert.Contains(MailPickup.To(factory, target), m => m.Subject.Contains("Approval needed", StringComparison.Ordinal));

        var approved = await second.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/changes/{await WaitingChangeAsync(id)}/approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        var link = MailPickup.SetPasswordLink(Assert.Single(MailPickup.To(factory, target), m => m.Body.Contains("/editorial/account/set-password", StringComparison.Ordinal)));
        Assert.Contains("Choose your password", await EditorialSession.Open(factory).Client.GetStringAsync(link.PathAndQuery));
    }

    [Fact]
    public async Task An_administrator_cannot_approve_a_privileged_change_to_their_own_account()
    {
        var targetEmail = await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator);
        var target = await TestAccounts.SignedInAsync(factory, targetEmail);
        await TwoFactorEnrolment.EnrolAsync(target);
        var id = (await TestAccounts.FindAsync(factory, targetEmail)).Id;
        var first = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));
        await first.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/reset-two-factor", new Dictionary<string, string>());

        var own = await target.PostFormAsync("/editorial/users", $"/editorial/users/changes/{await WaitingChangeAsync(id)}/approve", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("This change is to your own account", await own.Content.ReadAsStringAsync());
        Assert.True((await TestAccounts.FindAsync(factory, targetEmail)).TwoFactorEnabled);
    }

    [Fact]
    public async Task An_administrator_without_the_board_role_neither_reviews_nor_publishes()
    {
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        var feedback = await admin.Client.GetAsync("/editorial/feedback");
        var dashboard = await admin.Client.GetStringAsync("/editorial");

        Assert.StartsWith("/editorial/access-denied", feedback.Headers.Location?.AbsolutePath ?? ((int)feedback.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/editorial/analytics")).StatusCode);
        Assert.DoesNotContain("Waiting for your review", dashboard);
        Assert.Contains("/editorial/users", dashboard);
    }

    [Fact]
    public async Task Where_the_site_has_one_administrator_a_privileged_change_is_made_at_once()
    {
        // A site of its own, whose only administrator is the demo one.
        var site = new DevelopmentFactory();
        try
        {
            await OneAdministratorGrantsAtOnceAsync(site);
        }
        finally
        {
            await ((IAsyncLifetime)site).DisposeAsync();
        }
    }

    [Fact]
    public async Task A_mailed_link_points_at_the_sites_public_address_and_a_forged_host_is_refused()
    {
        var site = new PublicAddressFactory();
        try
        {
            var author = await TestAccounts.CreateAsync(site, EditorialRoles.Author);
            var id = (await TestAccounts.FindAsync(site, author)).Id;
            var admin = await TestAccounts.SignedInAsync(site, "admin@local-offer.test", "admin-development-only");
            using var forged = new HttpRequestMessage(HttpMethod.Get, $"/editorial/users/{id}");
            forged.Headers.Host = "attacker.example";
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.Client.SendAsync(forged)).StatusCode);

            var sent = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}/set-password-link", new Dictionary<string, string>());

            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            var link = MailPickup.SetPasswordLink(Assert.Single(MailPickup.To(site, author)));
            Assert.Equal("https://localoffer.example.gov.uk", link.GetLeftPart(UriPartial.Authority));
        }
        finally
        {
            await ((IAsyncLifetime)site).DisposeAsync();
        }
    }

    private static async Task OneAdministratorGrantsAtOnceAsync(DevelopmentFactory site)
    {
        var author = await TestAccounts.CreateAsync(site, EditorialRoles.Author);
        var id = (await TestAccounts.FindAsync(site, author)).Id;
        var admin = await TestAccounts.SignedInAsync(site, "admin@local-offer.test", "admin-development-only");

        var changed = await admin.PostFormAsync($"/editorial/users/{id}", $"/editorial/users/{id}", new List<KeyValuePair<string, string>>
        {
            new("DisplayName", "Board At Once"),
            new("Roles", EditorialRoles.EditorialBoard),
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.EndsWith("done=changed", changed.Headers.Location!.OriginalString);
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
        Assert.Equal([EditorialRoles.EditorialBoard], await users.GetRolesAsync((await users.FindByEmailAsync(author))!));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PrivilegedChanges.ToListAsync());
    }

    /// <summary>A site whose public address is configured, as production's is.</summary>
    private sealed class PublicAddressFactory : DevelopmentFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:PublicBaseUrl", "https://localoffer.example.gov.uk");
        }
    }

    private async Task<IList<string>> RolesAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
        return [.. EditorialRoles.All.Intersect(await users.GetRolesAsync((await users.FindByEmailAsync(email))!))];
    }

    private async Task<Guid> WaitingChangeAsync(string accountId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PrivilegedChanges
            .Where(c => c.AccountId == accountId && c.DecidedAt == null).Select(c => c.Id).SingleAsync();
    }

    private async Task<List<AuditAction>> AuditActionsAsync(string accountId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog
            .Where(e => e.Capability == AuditCapability.Account && e.ItemKey == accountId).Select(e => e.Action).ToListAsync();
    }
}
