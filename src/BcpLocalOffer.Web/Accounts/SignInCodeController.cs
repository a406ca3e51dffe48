using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// The second step of signing in for someone with two-factor sign-in on: the 6-digit code from
/// their authenticator app, or one of their recovery codes. Wrong codes count towards the same
/// lockout as wrong passwords.
/// </summary>
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SignInCodeController(
    SignInManager<EditorAccount> signInManager,
    SignInLanding landing,
    ILogger<SignInCodeController> logger) : Controller
{
    public const string Path = "/editorial/sign-in/code";
    private const string Title = "Enter your security code";

    [AllowAnonymous]
    [HttpGet(Path)]
    public async Task<IActionResult> Code(string? returnUrl)
    {
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return Redirect(AccountController.SignInPath);
        }

        ViewData["Title"] = Title;
        return View("SignInCode", new SignInCodeForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost(Path)]
    public async Task<IActionResult> Code(SignInCodeForm form)
    {
        // The password step is remembered for five minutes; after that, start again.
        if (await signInManager.GetTwoFactorAuthenticationUserAsync() is not { } account)
        {
            return Redirect(AccountController.SignInPath);
        }

        var users = signInManager.UserManager;
        SignInResult result;
        if (SecurityCode.Authenticator(form.Code) is { } code)
        {
            result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        }
        else if (SecurityCode.Recovery(form.Code) is { } recoveryCode)
        {
            // Identity checks neither lockout nor a disabled account for recovery codes, nor counts
            // failures: do all three here, so guessing recovery codes is no easier than guessing codes.
            result = await users.IsLockedOutAsync(account) ? SignInResult.LockedOut
                : !await signInManager.CanSignInAsync(account) ? SignInResult.NotAllowed
                : await signInManager.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
            if (result == SignInResult.Failed)
            {
                await users.AccessFailedAsync(account);
            }
        }
        else
        {
            ModelState.AddModelError(nameof(SignInCodeForm.Code), "Enter the 6-digit code from your authenticator app, or a recovery code");
            return Refused();
        }

        if (result.Succeeded)
        {
            logger.LogInformation("An editor signed in with a second factor");
            return await landing.AfterSignInAsync(account.UserName!, form.ReturnUrl, Url);
        }

        ModelState.AddModelError(nameof(SignInCodeForm.Code), result.IsLockedOut || await users.IsLockedOutAsync(account)
            ? "This account is locked after too many attempts. Try again in 15 minutes"
            : "The code is not right. Enter the code your authenticator app shows now, or an unused recovery code");
        return Refused();
    }

    private ViewResult Refused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Title"] = Title;

        // The code is not shown again: it is single-use, and a new one is on the app by now.
        return View("SignInCode", new SignInCodeForm { ReturnUrl = Request.Form["ReturnUrl"] });
    }
}

public sealed class SignInCodeForm
{
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}
