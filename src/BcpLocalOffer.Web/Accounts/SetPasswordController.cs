using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// Where a set-password link leads (shown once to the administrator who creates an account, mailed
/// to the account's own address after that): the person chooses their own password, so nobody
/// else ever knows it. The link stops working once used, when a newer link is made or a newer
/// password set, or after 24 hours.
/// </summary>
[AutoValidateAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SetPasswordController(UserManager<EditorAccount> users, ILogger<SetPasswordController> logger) : Controller
{
    public const string Path = "/editorial/account/set-password";
    private const string Title = "Choose your password";
    private const string LinkProblem = "This link has expired or has already been used. Ask an administrator for a new one";

    [AllowAnonymous]
    [HttpGet(Path)]
    public async Task<IActionResult> SetPassword(string? user, string? token)
    {
        var form = new SetPasswordForm { User = user, Token = token };
        if (await UsableAccountAsync(form) is not { } account)
        {
            return LinkRefused();
        }

        return Show(form, account);
    }

    [AllowAnonymous]
    [HttpPost(Path)]
    public async Task<IActionResult> SetPassword(SetPasswordForm form)
    {
        if (await UsableAccountAsync(form) is not { } account)
        {
            return LinkRefused();
        }

        if (NewPassword.Problem(form.Password, form.ConfirmPassword, nameof(SetPasswordForm.Password), nameof(SetPasswordForm.ConfirmPassword)) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }
        else
        {
            var result = await users.ResetPasswordAsync(account, form.Token!, form.Password!);
            if (result.Succeeded)
            {
                // Whatever locked the account before, the person has just proved they hold the link.
                await users.SetLockoutEndDateAsync(account, null);
                await users.ResetAccessFailedCountAsync(account);
                logger.LogInformation("An editor set their password from a set-password link");
                ViewData["Title"] = "Your password is set";
                return View("SetPasswordDone");
            }

            if (result.Errors.Any(e => e.Code == "InvalidToken"))
            {
                return LinkRefused();
            }

            ModelState.AddModelError(nameof(SetPasswordForm.Password), NewPassword.Describe(result.Errors));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Show(form, account);
    }

    private async Task<EditorAccount?> UsableAccountAsync(SetPasswordForm form)
    {
        if (string.IsNullOrEmpty(form.User) || string.IsNullOrEmpty(form.Token) || form.Token.Length > 2000
            || await users.FindByIdAsync(form.User) is not { DisabledAt: null } account)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(account, users.Options.Tokens.PasswordResetTokenProvider, UserManager<EditorAccount>.ResetPasswordTokenPurpose, form.Token)
            ? account
            : null;
    }

    private ViewResult Show(SetPasswordForm form, EditorAccount account)
    {
        ViewData["Title"] = Title;
        return View("SetPassword", new SetPasswordModel(form with { Password = null, ConfirmPassword = null }, account.Email ?? ""));
    }

    private ViewResult LinkRefused()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        ViewData["Title"] = "This link does not work";
        return View("SetPasswordLinkRefused", LinkProblem);
    }

}

public sealed record SetPasswordForm
{
    public string? User { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed record SetPasswordModel(SetPasswordForm Form, string Email);
