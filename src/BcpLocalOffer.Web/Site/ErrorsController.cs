using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Site;

/// <summary>The 404 and 500 pages, in the site's design. Reached by re-execution, never linked.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("/error/{statusCode:int}")]
    public IActionResult Show(int statusCode)
    {
        Response.StatusCode = statusCode is >= 400 and <= 599 ? statusCode : 500;
        return statusCode switch
        {
            404 or 410 => View("NotFound"),
            >= 400 and < 500 => View("BadRequest"),
            _ => View("ServerError"),
        };
    }
}
