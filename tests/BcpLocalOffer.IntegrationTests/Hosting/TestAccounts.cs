using System.Net;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>Editorial accounts made for one test, so tests never share (or lock, or disable) an account.</summary>
public static class TestAccounts
{
    public const string Password = "test-account-password";

    /// <param name="provides">For a service provider, the directory organisations whose services they keep.</param>
    public static async Task<string> CreateAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory, string role, string organisation = "SENDIASS", string? also = null, IReadOnlyList<string>? provides = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@local-offer.test";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<EditorialAccounts>().CreateAsync(email, Password, role, "Test " + role, organisation, provides);
        Assert.True(result.Succeeded, EditorialAccounts.Describe(result));
        if (also is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByEmailAsync(email))!, also)).Succeeded);
        }

        return email;
    }

    public static async Task<EditorialSession> SignedInAsync(LocalOfferFactory factory, string email, string password = Password)
    {
        var session = EditorialSession.Open(factory);
        var response = await session.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public static async Task<EditorAccount> FindAsync(LocalOfferFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<EditorAccount>>().FindByEmailAsync(email))!;
    }
}
