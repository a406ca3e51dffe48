using System.Security.Claims;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>Marks back-office actions someone may use before enrolling in two-factor sign-in (the enrolment itself).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowedBeforeTwoFactorEnrolmentAttribute : Attribute;

/// <summary>
/// When an administrator requires two-factor sign-in for a role, a member of that role who has not
/// enrolled is sent to enrolment from every back-office page until they have. Applied by
/// <see cref="BackOfficeController"/>.
/// </summary>
public sealed class TwoFactorEnrolmentFilter(TwoFactorRequirement requirement, LocalOfferDbContext db) : IAsyncAuthorizationFilter
{
    public const string EnrolmentPath = "/editorial/account/two-factor";

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (context.ActionDescriptor.EndpointMetadata.OfType<AllowedBeforeTwoFactorEnrolmentAttribute>().Any()
            || user.Identity?.IsAuthenticated != true
            || user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id)
        {
            return;
        }

        if (await MustEnrolAsync(requirement, db, user, id))
        {
            context.Result = new RedirectResult(EnrolmentPath);
        }
    }

    public static async Task<bool> MustEnrolAsync(TwoFactorRequirement requirement, LocalOfferDbContext db, ClaimsPrincipal user, string id) =>
        await requirement.AppliesToAsync(user.Identity?.Name, EditorialRoles.All.Where(user.IsInRole))
        && !await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.TwoFactorEnabled).SingleOrDefaultAsync();
}
