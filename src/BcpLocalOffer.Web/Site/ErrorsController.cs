using Microsoft.AspNetCore.Authorization;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Site;

/// <summary>The 404, 500 and 503 pages, in the site's design. Reached by re-execution, never linked.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class ErrorsController : Controller
{
    // Read from the route rather than bound: when a re-executed POST's form cannot be read (an
    // upload over the size limit), MVC skips binding altogether and the code would be lost.
    [Route("/error/{statusCode:int}")]
    public IActionResult Show()
    {
        var statusCode = int.TryParse(RouteData.Values["statusCode"]?.ToString(), out var code) ? code : 404;

        // Only codes the pipeline re-executes with are real errors; any other number typed
        // into the address is simply a page that does not exist.
        if (statusCode is < 400 or > 599)
        {
            statusCode = 404;
        }

        var error = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // Pages and search are served from memory; what needs the database while it is away says so.
        if (error is not null && DatabaseOutage.IsOutage(error))
        {
            statusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "60";
        }

        // A request the server could not read (too large, cut off, not a form) is the sender's mistake,
        // wherever it was first read: a 4xx, not a server error.
        statusCode = error switch
        {
            BadHttpRequestException unreadable => unreadable.StatusCode,
            InvalidDataException => StatusCodes.Status400BadRequest,
            _ => statusCode,
        };

        Response.StatusCode = statusCode;
        return statusCode switch
        {
            404 or 410 => View("NotFound"),
            503 => View("Unavailable"),
            < 500 => View("BadRequest"),
            _ => View("ServerError"),
        };
    }
}
