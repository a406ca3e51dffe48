using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Notifications;

/// <summary>Each person chooses which emails they receive. The choices are theirs alone, so there is no review.</summary>
[OpenToProviders]
public sealed class NotificationSettingsController(UserManager<EditorAccount> users) : BackOfficeController
{
    public const string Path = "/editorial/account/notifications";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string? done)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        ViewData["Title"] = "Emails you receive";
        return View("NotificationSettings", new NotificationSettingsModel(NotificationSettingsForm.From(account), User.IsInRole(EditorialRoles.EditorialBoard), done == "saved"));
    }

    [HttpPost(Path)]
    public async Task<IActionResult> Save(NotificationSettingsForm form)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        form.ApplyTo(account);
        var result = await users.UpdateAsync(account);
        return result.Succeeded ? Redirect(Path + "?done=saved") : Problem("Your choices could not be saved. Try again.", statusCode: StatusCodes.Status409Conflict);
    }
}

/// <summary>The choices as the form posts them: a ticked box is "true"; an unticked one is not sent.</summary>
public sealed class NotificationSettingsForm
{
    public bool Approvals { get; set; }

    public bool Digest { get; set; }

    public bool OwnChanges { get; set; }

    public bool Reviews { get; set; }

    public static NotificationSettingsForm From(EditorAccount account) => new()
    {
        Approvals = account.NotifyApprovals,
        Digest = account.ApprovalsAsDigest,
        OwnChanges = account.NotifyOwnChanges,
        Reviews = account.NotifyReviews,
    };

    public void ApplyTo(EditorAccount account)
    {
        account.NotifyApprovals = Approvals;
        account.ApprovalsAsDigest = Digest;
        account.NotifyOwnChanges = OwnChanges;
        account.NotifyReviews = Reviews;
    }
}

public sealed record NotificationSettingsModel(NotificationSettingsForm Form, bool IsBoardMember, bool Saved);
