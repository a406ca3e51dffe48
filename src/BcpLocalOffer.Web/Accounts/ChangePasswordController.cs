using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// An editor changes their own password, proving it is them with the current one. The new password
/// changes the security stamp, so every other session of the account ends; this one is signed in again.
/// </summary>
[OpenToProviders]
public sealed class ChangePasswordController(UserManager<EditorAccount> users, SignInManager<EditorAccount> signInManager, ILogger<ChangePasswordController> logger) : BackOfficeController
{
    public const string Path = "/editorial/account/password";
    private const string Title = "Change your password";

    [HttpGet(Path)]
    public IActionResult Index(string? done)
    {
        ViewData["Title"] = Title;
        return View("ChangePassword", new ChangePasswordModel(done == "changed"));
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Change(ChangePasswordForm form)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (string.IsNullOrEmpty(form.CurrentPassword))
        {
            ModelState.AddModelError(nameof(form.CurrentPassword), "Enter your current password");
        }

        if (NewPassword.Problem(form.NewPassword, form.ConfirmPassword, nameof(form.NewPassword), nameof(form.ConfirmPassword)) is { } problem)
        {
            ModelState.AddModelError(problem.Field, problem.Message);
        }

        if (ModelState.ErrorCount == 0)
        {
            var result = await users.ChangePasswordAsync(account, form.CurrentPassword!, form.NewPassword!);
            if (result.Succeeded)
            {
                // The new stamp has ended every session, this one too: sign this one in again.
                await signInManager.RefreshSignInAsync(account);
                logger.LogInformation("An editor changed their password");
                return Redirect(Path + "?done=changed");
            }

            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                ModelState.AddModelError(nameof(form.CurrentPassword), "Your current password is wrong");
            }
            else
            {
                ModelState.AddModelError(nameof(form.NewPassword), NewPassword.Describe(result.Errors));
            }
        }

        ViewData["Title"] = "Error: " + Title;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("ChangePassword", new ChangePasswordModel(false));
    }

}

public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }

    public string? NewPassword { get; set; }

    public string? ConfirmPassword { get; set; }
}

public sealed record ChangePasswordModel(bool Changed);
