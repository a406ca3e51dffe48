using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Editorial;

/// <summary>
/// Every back-office controller derives from this: signed-in editors only, every POST checked for
/// an antiforgery token, two-factor enrolment enforced where it is required, and nothing cached
/// by browsers or proxies. (The enrolment filter sits here rather than among the global filters so
/// that public pages and the events endpoint never build it and its database context.)
/// </summary>
[Authorize(Policy = EditorialPolicies.AnyEditor)]
[TypeFilter<TwoFactorEnrolmentFilter>]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[ApiExplorerSettings(IgnoreApi = true)]
public abstract class EditorialController : Controller
{
}
