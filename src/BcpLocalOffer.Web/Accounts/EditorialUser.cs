using System.Security.Claims;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>The signed-in account as the editing rules know it. Only the board publishes: being an administrator does not imply it.</summary>
public static class EditorialUser
{
    /// <summary>The account's partner organisation, added at sign-in and on every security stamp check (each request).</summary>
    public const string OrganisationClaim = "lo:organisation";

    /// <summary>One claim per directory organisation a provider's account keeps the listings of, refreshed as the organisation claim is.</summary>
    public const string ProvidesClaim = "lo:provides";

    public static Editor ToEditor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.IsInRole(EditorialRoles.EditorialBoard),
        user.IsInRole(EditorialRoles.Administrator),
        user.FindFirstValue(OrganisationClaim) ?? "")
    {
        IsProvider = user.IsProviderOnly(),
        Provides = [.. user.FindAll(ProvidesClaim).Select(c => c.Value)],
    };

    /// <summary>A service provider and nothing more: reaches only what is marked <see cref="OpenToProvidersAttribute"/>.</summary>
    public static bool IsProviderOnly(this ClaimsPrincipal user) =>
        EditorialRoles.IsProviderOnly(user.FindAll(ClaimTypes.Role).Select(c => c.Value));
}

/// <summary>Identity's principal with the account's organisation as a claim, so the editing rules know whose pages are whose.</summary>
public sealed class EditorClaimsPrincipalFactory(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(EditorialUser.OrganisationClaim, user.Organisation));
        identity.AddClaims(user.Provides.Select(o => new Claim(EditorialUser.ProvidesClaim, o)));
        return identity;
    }
}
