using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>Creates roles and accounts: the roles on every start, demo accounts in Development only.</summary>
public sealed class EditorialAccounts(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, TimeProvider clock)
{
    /// <summary>
    /// One account per role for trying the site on a developer's machine. These exist only when
    /// the environment is Development; a council's server never has them.
    /// </summary>
    public static readonly IReadOnlyList<DevelopmentAccount> DevelopmentAccounts =
    [
        new("author@local-offer.test", "author-development-only", EditorialRoles.Author, "Demo Author", "Parent Carers Together"),
        new("board@local-offer.test", "board-development-only", EditorialRoles.EditorialBoard, "Demo Board Member", "BCP Council SEND Service"),
        new("admin@local-offer.test", "admin-development-only", EditorialRoles.Administrator, "Demo Administrator", "BCP Council SEND Service"),
        // Two of the seed's sample organisations, so the demo shows a provider keeping more than one.
        new("provider@local-offer.test", "provider-development-only", EditorialRoles.Provider, "Demo Service Provider", "",
            ["Sample: Seaview Short Breaks Trust", "Sample: Harbourside Inclusive Leisure"]),
    ];

    public async Task EnsureRolesAsync()
    {
        foreach (var role in EditorialRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public async Task EnsureDevelopmentAccountsAsync()
    {
        foreach (var (email, password, role, name, organisation, provides) in DevelopmentAccounts)
        {
            var existing = await users.FindByEmailAsync(email);
            if (existing is { DisabledAt: not null })
            {
                // Disabled by a start outside Development on this data folder; back in Development, usable again.
                existing.DisabledAt = null;
                await users.UpdateAsync(existing);
            }
            else if (existing is null)
            {
                var result = await CreateAsync(email, password, role, name, organisation, provides);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create the development account {email}: {Describe(result)}");
                }
            }
        }
    }

    /// <summary>
    /// Outside Development the demo accounts, with their published passwords, must not work: a data
    /// folder first started in Development keeps them, so every other start disables them and ends
    /// their sessions. Returns the addresses it disabled.
    /// </summary>
    public async Task<IReadOnlyList<string>> DisableDevelopmentAccountsAsync()
    {
        var disabled = new List<string>();
        foreach (var email in DevelopmentAccounts.Select(a => a.Email))
        {
            if (await users.FindByEmailAsync(email) is { DisabledAt: null } account)
            {
                account.DisabledAt = clock.GetUtcNow();
                await users.UpdateSecurityStampAsync(account);
                disabled.Add(email);
            }
        }

        return disabled;
    }

    /// <param name="provides">For a service provider, the directory organisations whose services they keep.</param>
    public async Task<IdentityResult> CreateAsync(string email, string password, string role, string name, string organisation, IReadOnlyList<string>? provides = null)
    {
        await EnsureRolesAsync();
        var account = new EditorAccount
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            Organisation = organisation,
            Provides = [.. provides ?? []],
            CreatedAt = clock.GetUtcNow(),
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(account, password);
        return created.Succeeded ? await users.AddToRoleAsync(account, role) : created;
    }

    public static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}

/// <summary>A demo account for Development: one per role.</summary>
/// <param name="Provides">For the provider, the directory organisations whose services it keeps.</param>
public sealed record DevelopmentAccount(string Email, string Password, string Role, string Name, string Organisation, IReadOnlyList<string>? Provides = null);
