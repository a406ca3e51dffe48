using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using BcpLocalOffer.Web.Site;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>Signing in to and out of the back office.</summary>
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AccountController(SignInManager<EditorAccount> signInManager, UserManager<EditorAccount> users, PasswordSignIn passwordSignIn, SignInLanding signInLanding, ILogger<AccountController> logger) : Controller
{
    public const string SignInPath = "/editorial/sign-in";

    [AllowAnonymous]
    [HttpGet(SignInPath)]
    public IActionResult SignIn(string? returnUrl)
    {
        ViewData["Title"] = "Sign in to the editorial area";
        return View(new SignInForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost(SignInPath)]
    public async Task<IActionResult> SignIn(SignInForm form)
    {
        ViewData["Title"] = "Sign in to the editorial area";
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }

        var outcome = await passwordSignIn.SignInAsync(form.Email!, form.Password!, ClientAddress.Key(HttpContext));
        if (outcome.RetryAfter is { } wait)
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            ModelState.AddModelError(nameof(SignInForm.Email), $"Too many attempts to sign in from this connection. Try again in {minutes} {(minutes == 1 ? "minute" : "minutes")}");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return View(form);
        }

        if (outcome.Result.Succeeded)
        {
            logger.LogInformation("An editor signed in");
            return await signInLanding.AfterSignInAsync(form.Email!, form.ReturnUrl, Url);
        }

        if (outcome.Result.RequiresTwoFactor)
        {
            return LocalRedirect(SignInCodeController.Path + (Url.IsLocalUrl(form.ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(form.ReturnUrl!) : ""));
        }

        // One message for an unknown address, a wrong password, a locked and a disabled account, so
        // nobody can find out who has an account (the page says what a lockout is, for everyone).
        ModelState.AddModelError(nameof(SignInForm.Email), "Enter a correct email address and password");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [Authorize]
    [OpenToProviders]
    [HttpPost("/editorial/sign-out")]
    public async Task<IActionResult> SignOutOfEditorial()
    {
        // A new security stamp ends this account's sessions everywhere, so a copied cookie stops
        // working too: the cookie alone is not the session's end, since every request checks the stamp.
        if (await users.GetUserAsync(User) is { } account)
        {
            await users.UpdateSecurityStampAsync(account);
        }

        await signInManager.SignOutAsync();
        return Redirect("/");
    }

    [AllowAnonymous]
    [HttpGet("/editorial/access-denied")]
    public IActionResult AccessDenied()
    {
        ViewData["Title"] = "You do not have permission to do that";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}
