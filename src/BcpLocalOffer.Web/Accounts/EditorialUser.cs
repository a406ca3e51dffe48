using System.Security.Claims;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Identity;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>The signed-in account as the editing rules know it. Only the board publishes: being an administrator does not imply it.</summary>
public static class EditorialUser
{
    public static Editor ToEditor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.IsInRole(EditorialRoles.EditorialBoard),
        user.IsInRole(EditorialRoles.Administrator));
}
