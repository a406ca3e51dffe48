using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// Where someone goes once signed in: where they were heading (a local address only), or straight
/// to two-factor enrolment when their role requires it and they have not enrolled yet.
/// </summary>
public sealed class SignInLanding(UserManager<EditorAccount> users, TwoFactorRequirement requirement)
{
    public async Task<IActionResult> AfterSignInAsync(string userName, string? returnUrl, IUrlHelper url)
    {
        if (await users.FindByNameAsync(userName) is { TwoFactorEnabled: false } account
            && await requirement.AppliesToAsync(account.UserName, await users.GetRolesAsync(account)))
        {
            return new LocalRedirectResult(TwoFactorEnrolmentFilter.EnrolmentPath);
        }

        return new LocalRedirectResult(url.IsLocalUrl(returnUrl) ? returnUrl! : "/editorial");
    }
}
