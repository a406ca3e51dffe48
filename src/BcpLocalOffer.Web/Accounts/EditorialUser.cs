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

    public static Editor ToEditor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.IsInRole(EditorialRoles.EditorialBoard),
        user.IsInRole(EditorialRoles.Administrator),
        user.FindFirstValue(OrganisationClaim) ?? "");
}

/// <summary>Identity's principal with the account's organisation as a claim, so the editing rules know whose pages are whose.</summary>
public sealed class EditorClaimsPrincipalFactory(UserManager<EditorAccount> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<EditorAccount, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(EditorAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(EditorialUser.OrganisationClaim, user.Organisation));
        return identity;
    }
}
