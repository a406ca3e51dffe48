using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>
/// The site with the shipped two-factor default: a second factor for board members and
/// administrators unless an administrator decides otherwise. Development, so the demo accounts
/// exist and test sessions keep their cookie over plain HTTP; the default is the same everywhere.
/// </summary>
public sealed class TwoFactorByDefaultFactory : DevelopmentFactory
{
    protected override bool TwoFactorRequiredByDefault => true;
}

public class TwoFactorByDefaultTests(TwoFactorByDefaultFactory factory) : IClassFixture<TwoFactorByDefaultFactory>
{
    [Fact]
    public async Task Board_members_and_administrators_must_enrol_before_using_the_back_office_and_authors_need_not()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var board = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        var admin = await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator);

        Assert.Equal("/editorial", (await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password)).Headers.Location?.OriginalString);
        var boardSession = EditorialSession.Open(factory);
        Assert.Equal(TwoFactorEnrolment.Path, (await boardSession.SignInAsync(board, TestAccounts.Password)).Headers.Location?.OriginalString);
        var publishQueue = await boardSession.Client.GetAsync("/editorial/reviews");
        Assert.Equal(HttpStatusCode.Redirect, publishQueue.StatusCode);
        Assert.Equal(TwoFactorEnrolment.Path, publishQueue.Headers.Location?.OriginalString);

        var adminSession = EditorialSession.Open(factory);
        Assert.Equal(TwoFactorEnrolment.Path, (await adminSession.SignInAsync(admin, TestAccounts.Password)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await adminSession.Client.GetAsync("/editorial/users")).StatusCode);
        Assert.Contains("Your role requires two-factor sign-in", await adminSession.Client.GetStringAsync(TwoFactorEnrolment.Path));

        await TwoFactorEnrolment.EnrolAsync(adminSession);
        var users = await adminSession.Client.GetStringAsync("/editorial/users");
        Assert.Matches($"value=\"{EditorialRoles.Administrator}\"[^>]*checked", users);
        Assert.Matches($"value=\"{EditorialRoles.EditorialBoard}\"[^>]*checked", users);
        Assert.DoesNotMatch($"value=\"{EditorialRoles.Author}\"[^>]*checked", users);

        // The administrators' choice replaces the default, here for administrators only.
        var saved = await adminSession.PostFormAsync("/editorial/users", "/editorial/users/two-factor-requirement",
            new List<KeyValuePair<string, string>> { new("requiredRoles", EditorialRoles.Administrator) });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/editorial", (await EditorialSession.Open(factory).SignInAsync(board, TestAccounts.Password)).Headers.Location?.OriginalString);
    }
}

/// <summary>A site of its own: the test above changes the requirement.</summary>
public class DemoAccountTwoFactorTests(TwoFactorByDefaultFactory factory) : IClassFixture<TwoFactorByDefaultFactory>
{
    [Fact]
    public async Task In_development_the_demo_board_member_and_administrator_sign_in_with_their_password_but_new_board_members_still_enrol()
    {
        foreach (var (email, password, role, _, _, _) in BcpLocalOffer.Web.Accounts.EditorialAccounts.DevelopmentAccounts)
        {
            var session = EditorialSession.Open(factory);
            Assert.Equal("/editorial", (await session.SignInAsync(email, password)).Headers.Location?.OriginalString);
            var home = await session.Client.GetAsync("/editorial");
            if (role == EditorialRoles.Provider)
            {
                // A provider's back office is their services.
                Assert.Equal("/editorial/directory", home.Headers.Location?.OriginalString);
                Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/editorial/directory")).StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            }
        }

        var board = await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard);
        Assert.Equal(TwoFactorEnrolment.Path, (await EditorialSession.Open(factory).SignInAsync(board, TestAccounts.Password)).Headers.Location?.OriginalString);
    }
}
