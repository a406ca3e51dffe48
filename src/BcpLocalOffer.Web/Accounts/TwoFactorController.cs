using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// Anyone on the editorial side turns on two-factor sign-in here: add the key to an authenticator
/// app, prove it works with a code, keep the ten recovery codes shown once. Reachable before
/// enrolling, since a role that requires two-factor sends people here.
/// </summary>
[AllowedBeforeTwoFactorEnrolment]
[OpenToProviders]
public sealed class TwoFactorController(
    UserManager<EditorAccount> users,
    SignInManager<EditorAccount> signInManager,
    TwoFactorRequirement requirement,
    IOptions<SiteOptions> site,
    ILogger<TwoFactorController> logger) : BackOfficeController
{
    public const int RecoveryCodeCount = 10;

    // Where each form's "your password" error is shown (and the field's id, by FieldId).
    public const string EnrolPasswordKey = "Password";
    public const string RecoveryCodesPasswordKey = "RecoveryCodesPassword";
    public const string TurnOffPasswordKey = "TurnOffPassword";
    private const string Path = TwoFactorEnrolmentFilter.EnrolmentPath;

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string? done)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        return await ShowAsync(account, done);
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Enable(TwoFactorCodeForm form)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (account.TwoFactorEnabled)
        {
            return Redirect(Path);
        }

        var code = SecurityCode.Authenticator(form.Code);
        var passwordProblem = await PasswordProblemAsync(account, form.Password);
        // The code is checked only with the right password: a checked code is used up.
        if (code is null || passwordProblem is not null || !await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            if (code is null || passwordProblem is null)
            {
                ModelState.AddModelError(nameof(TwoFactorCodeForm.Code), code is null
                    ? "Enter the 6-digit code from your authenticator app"
                    : "The code is not right. Check the app shows this site and enter the code it shows now");
            }

            if (passwordProblem is not null)
            {
                ModelState.AddModelError(EnrolPasswordKey, passwordProblem);
            }

            return await ShowAsync(account, null, StatusCodes.Status400BadRequest);
        }

        await users.SetTwoFactorEnabledAsync(account, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);

        // Turning it on changes the security stamp, which would otherwise end this session.
        await signInManager.RefreshSignInAsync(account);
        logger.LogInformation("An editor turned on two-factor sign-in");
        return ShowCodes(codes!, firstTime: true);
    }

    [HttpPost(Path + "/recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes(string? password)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } account)
        {
            return Redirect(Path);
        }

        if (await PasswordProblemAsync(account, password) is { } problem)
        {
            ModelState.AddModelError(RecoveryCodesPasswordKey, problem);
            return await ShowAsync(account, null, StatusCodes.Status400BadRequest);
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(account, RecoveryCodeCount);
        await signInManager.RefreshSignInAsync(account);
        return ShowCodes(codes!, firstTime: false);
    }

    [HttpPost(Path + "/turn-off")]
    public async Task<IActionResult> TurnOff(string? password)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } account)
        {
            return Redirect(Path);
        }

        if (await PasswordProblemAsync(account, password) is { } problem)
        {
            ModelState.AddModelError(TurnOffPasswordKey, problem);
            return await ShowAsync(account, null, StatusCodes.Status400BadRequest);
        }

        if (await requirement.AppliesToAsync(account.UserName, await users.GetRolesAsync(account)))
        {
            ModelState.AddModelError("turn-off", "Your role requires two-factor sign-in, so it cannot be turned off");
            return await ShowAsync(account, null, StatusCodes.Status400BadRequest);
        }

        await users.SetTwoFactorEnabledAsync(account, false);
        await users.ResetAuthenticatorKeyAsync(account);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
        await signInManager.RefreshSignInAsync(account);
        logger.LogInformation("An editor turned off two-factor sign-in");
        return Redirect(Path + "?done=off");
    }

    /// <summary>
    /// The password asked again before a change to how the account signs in, so a session left open
    /// (or stolen) cannot take over the second factor. Wrong answers count towards the lockout.
    /// </summary>
    private async Task<string?> PasswordProblemAsync(EditorAccount account, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Enter your password";
        }

        var result = await signInManager.CheckPasswordSignInAsync(account, password, lockoutOnFailure: true);
        return result.Succeeded ? null
            : result.IsLockedOut ? "Your account is locked after too many wrong passwords. Try again in 15 minutes"
            : "Your password is wrong";
    }

    private async Task<IActionResult> ShowAsync(EditorAccount account, string? done, int status = StatusCodes.Status200OK)
    {
        var required = await requirement.AppliesToAsync(account.UserName, await users.GetRolesAsync(account));
        Response.StatusCode = status;
        ViewData["Title"] = "Two-factor sign-in";
        if (account.TwoFactorEnabled)
        {
            return View("TwoFactor", new TwoFactorStatusModel(await users.CountRecoveryCodesAsync(account), required, done));
        }

        var key = await users.GetAuthenticatorKeyAsync(account);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(account);
            await signInManager.RefreshSignInAsync(account);
            key = await users.GetAuthenticatorKeyAsync(account);
        }

        ViewData["Title"] = "Set up two-factor sign-in";
        return View("TwoFactorEnrol", new TwoFactorEnrolModel(new AuthenticatorSetup(key!, account.Email ?? "", site.Value.ServiceName), required, done));
    }

    private ViewResult ShowCodes(IEnumerable<string> codes, bool firstTime)
    {
        ViewData["Title"] = "Your recovery codes";
        return View("TwoFactorRecoveryCodes", new RecoveryCodesModel([.. codes], firstTime));
    }
}

public sealed class TwoFactorCodeForm
{
    public string? Code { get; set; }

    public string? Password { get; set; }
}

public sealed record TwoFactorStatusModel(int RecoveryCodesLeft, bool Required, string? Done);

public sealed record TwoFactorEnrolModel(AuthenticatorSetup Setup, bool Required, string? Done);

public sealed record RecoveryCodesModel(IReadOnlyList<string> Codes, bool FirstTime);
