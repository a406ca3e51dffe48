using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Accounts;

/// <summary>Editors change their own password, with the old one, and that ends their other sessions.</summary>
public class ChangePasswordTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private const string Path = "/editorial/account/password";
    private const string NewPassword = "lantern orchard pebble";

    [Fact]
    public async Task An_editor_changes_their_password_keeps_this_session_and_ends_the_others()
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var here = await TestAccounts.SignedInAsync(factory, author);
        var elsewhere = await TestAccounts.SignedInAsync(factory, author);

        var changed = await here.PostFormAsync(Path, Path, Fields(TestAccounts.Password, NewPassword, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Your password has been changed", await here.Client.GetStringAsync(changed.Headers.Location));
        var other = await elsewhere.Client.GetAsync("/editorial/content");
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        Assert.StartsWith("/editorial/sign-in", other.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.BadRequest, (await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorialSession.Open(factory).SignInAsync(author, NewPassword)).StatusCode);
    }

    [Theory]
    [InlineData("not-the-password", NewPassword, NewPassword, "Your current password is wrong")]
    [InlineData(TestAccounts.Password, "password1234", "password1234", "list of common passwords")]
    [InlineData(TestAccounts.Password, "short", "short", "at least 12 characters")]
    [InlineData(TestAccounts.Password, NewPassword, "lantern orchard pebbles", "do not match")]
    [InlineData("", NewPassword, NewPassword, "Enter your current password")]
    public async Task A_wrong_current_password_or_an_unacceptable_new_one_is_a_400_and_changes_nothing(string current, string password, string confirm, string message)
    {
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author);
        var session = await TestAccounts.SignedInAsync(factory, author);

        var refused = await session.PostFormAsync(Path, Path, Fields(current, password, confirm));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(message, page);
        Assert.Contains("govuk-error-summary", page);
        Assert.DoesNotContain(password, page);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorialSession.Open(factory).SignInAsync(author, TestAccounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Signed_out_visitors_cannot_reach_the_page()
    {
        var answer = await factory.CreateNonRedirectingClient().GetAsync(Path);

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/editorial/sign-in", answer.Headers.Location!.AbsolutePath);
    }

    private static Dictionary<string, string> Fields(string current, string password, string confirm) => new()
    {
        ["CurrentPassword"] = current,
        ["NewPassword"] = password,
        ["ConfirmPassword"] = confirm,
    };
}
