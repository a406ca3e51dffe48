using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.Workflow;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using BcpLocalOffer.Web.Accounts;

namespace BcpLocalOffer.Web.BackOffice;

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
public abstract class BackOfficeController : Controller
{
    /// <summary>
    /// Every back-office page wears the back office's frame, with what waits in each section. Only
    /// actions that render a page pay for its counts: a POST that redirects, a file or a CSV does not.
    /// </summary>
    public override async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Result is ViewResult && User.Identity?.IsAuthenticated == true)
        {
            var queue = HttpContext.RequestServices.GetRequiredService<WorkQueue>();
            var accountChanges = User.IsInRole(EditorialRoles.Administrator)
                ? await HttpContext.RequestServices.GetRequiredService<AccountAdministration>().WaitingForAsync(User.ToEditor())
                : 0;
            ViewData[BackOfficeFrame.ViewDataKey] = await BackOfficeFrame.ForAsync(User, Request.Path.Value ?? "", queue, accountChanges, HttpContext.RequestAborted);
        }
    }

    /// <summary>What an edit's result means for the editor: on to <paramref name="done"/>, a 404, or a page saying why not.</summary>
    protected IActionResult Outcome<T>(EditResult<T> result, string done) => result.Outcome switch
    {
        EditOutcome.Done => Redirect(done),
        EditOutcome.NotFound => NotFound(),
        EditOutcome.Conflict => Refused(result.Reason, StatusCodes.Status409Conflict),
        EditOutcome.Invalid => Refused(result.Reason, StatusCodes.Status400BadRequest),
        _ => Refused(result.Reason),
    };

    /// <summary>The page that says why an editor cannot do what they asked (403 unless the refusal is a conflict).</summary>
    protected ViewResult Refused(string? reason, int statusCode = StatusCodes.Status403Forbidden)
    {
        Response.StatusCode = statusCode;
        ViewData["Title"] = "You cannot do that";
        return View("~/BackOffice/Views/Refused.cshtml", reason);
    }
}
