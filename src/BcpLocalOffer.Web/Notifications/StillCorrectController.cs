using BcpLocalOffer.Infrastructure.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Notifications;

/// <summary>
/// The "still correct" link from a review reminder. Opening the link only shows what it is about:
/// a mail scanner that follows links must not confirm anything. The button on that page confirms.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class StillCorrectController(StillCorrectLinks links) : Controller
{
    [HttpGet(StillCorrectLinks.Path)]
    public IActionResult Show(string? token)
    {
        var (claim, problem) = links.Read(token);
        ViewData["Title"] = "Is this still correct?";
        ViewData[Site.SearchEngines.NoIndexKey] = true;
        if (claim is null || problem != StillCorrectOutcome.Confirmed)
        {
            return Outcome(problem);
        }

        return View("StillCorrect", new StillCorrectModel(token!, claim));
    }

    [HttpPost(StillCorrectLinks.Path)]
    public async Task<IActionResult> Confirm(string? token)
    {
        return Outcome(await links.ConfirmAsync(token));
    }

    private ViewResult Outcome(StillCorrectOutcome outcome)
    {
        Response.StatusCode = outcome switch
        {
            StillCorrectOutcome.Confirmed => StatusCodes.Status200OK,
            StillCorrectOutcome.Invalid => StatusCodes.Status400BadRequest,
            StillCorrectOutcome.Expired => StatusCodes.Status410Gone,
            StillCorrectOutcome.AlreadyReviewed => StatusCodes.Status409Conflict,
            StillCorrectOutcome.WrongPerson => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status404NotFound,
        };
        ViewData[Site.SearchEngines.NoIndexKey] = true;
        ViewData["Title"] = outcome == StillCorrectOutcome.Confirmed ? "Thank you: marked as still correct" : "This link does not work";
        return View("StillCorrectOutcome", outcome);
    }
}

public sealed record StillCorrectModel(string Token, StillCorrectClaim Claim);
