using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>Signing in to and out of the back office.</summary>
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AccountController(SignInManager<EditorAccount> signInManager, UserManager<EditorAccount> users, SignInLanding signInLanding, ILogger<AccountController> logger) : Controller
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

        var result = await signInManager.PasswordSignInAsync(form.Email!, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("An editor signed in");
            return await signInLanding.AfterSignInAsync(form.Email!, form.ReturnUrl, Url);
        }

        if (result.RequiresTwoFactor)
        {
            return LocalRedirect(SignInCodeController.Path + (Url.IsLocalUrl(form.ReturnUrl) ? "?returnUrl=" + Uri.EscapeDataString(form.ReturnUrl!) : ""));
        }

        // One message for a wrong email, a wrong password and a disabled account (Identity refuses
        // those before checking the password), so nobody can find out who has an account.
        ModelState.AddModelError(nameof(SignInForm.Email), result.IsLockedOut
            ? "This account is locked after too many attempts. Try again in 15 minutes"
            : "Enter a correct email address and password");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [Authorize]
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
