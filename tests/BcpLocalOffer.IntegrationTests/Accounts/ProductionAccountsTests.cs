using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Accounts;

[Collection(IsolatedCollection.Name)]
public class ProductionAccountsTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Fact]
    public async Task Outside_development_there_are_no_demo_accounts_to_sign_in_with()
    {
        var response = await EditorialSession.Open(factory).SignInAsync("board@local-offer.test", "board-development-only");

        // Behind a proxy that ends TLS the site may see plain HTTP: the sign-in page must still work.

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
        foreach (var email in BcpLocalOffer.Web.Accounts.EditorialAccounts.DevelopmentAccounts.Select(a => a.Email))
        {
            Assert.Null(await users.FindByEmailAsync(email));
        }
    }

    [Fact]
    public async Task The_create_admin_command_creates_an_administrator_who_can_sign_in()
    {
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "first-admin-password");
        try
        {
            var exitCode = await CreateAdminCommand.RunAsync(factory.Services, ["--email", "first.admin@council.example", "--name", "First Admin"]);
            var again = await CreateAdminCommand.RunAsync(factory.Services, ["--email", "first.admin@council.example"]);

            Assert.Equal(0, exitCode);
            Assert.Equal(1, again);
        }
        finally
        {
            Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, null);
        }

        var session = EditorialSession.Open(factory);
        // Production cookies are Secure: sign in over HTTPS as a browser would.
        session.Client.BaseAddress = new Uri("https://localoffer.example");
        var signIn = await session.SignInAsync("first.admin@council.example", "first-admin-password");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains("Administrator", await session.Client.GetStringAsync("/editorial"));
    }

    [Fact]
    public async Task The_create_admin_command_refuses_a_weak_password_and_creates_nothing()
    {
        Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, "short");
        try
        {
            Assert.Equal(1, await CreateAdminCommand.RunAsync(factory.Services, ["--email", "weak@council.example"]));
        }
        finally
        {
            Environment.SetEnvironmentVariable(CreateAdminCommand.PasswordVariable, null);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>().FindByEmailAsync("weak@council.example"));
    }
}
