using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Editorial;

/// <summary>
/// Every back-office controller derives from this: signed-in editors only, every POST checked for
/// an antiforgery token, and nothing cached by browsers or proxies.
/// </summary>
[Authorize(Policy = EditorialPolicies.AnyEditor)]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[ApiExplorerSettings(IgnoreApi = true)]
public abstract class EditorialController : Controller
{
}
