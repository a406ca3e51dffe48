using System.Security.Claims;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.Identity;

namespace BcpLocalOffer.Web.Editorial;

/// <summary>The signed-in person as the workflow rules know them.</summary>
public static class EditorClaims
{
    public static Editor AsEditor(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.Name) ?? "",
        user.IsInRole(EditorialRoles.EditorialBoard) || user.IsInRole(EditorialRoles.Administrator),
        user.IsInRole(EditorialRoles.Administrator));
}
