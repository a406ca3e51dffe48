using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>Administrators: the topic list families choose from, and one person's feedback found by email address (export or erase).</summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class FeedbackAdministrationController(FeedbackTopics topics, PersonalDataRequests personalData) : BackOfficeController
{
    [HttpGet("/editorial/feedback/topics")]
    public async Task<IActionResult> Topics(string? done) => await ShowTopicsAsync(null, done);

    [HttpPost("/editorial/feedback/topics")]
    public async Task<IActionResult> AddTopic(string? label)
    {
        var text = HaveYourSayForm.Text(ModelState, "label", label, FeedbackTopic.MaxLabelLength, true, "Enter the topic", "The topic");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowTopicsAsync(label, null);
        }

        var result = await topics.AddAsync(text!, User.ToEditor());
        if (!result.Succeeded)
        {
            ModelState.AddModelError("label", result.Reason!);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowTopicsAsync(label, null);
        }

        return Redirect("/editorial/feedback/topics?done=added");
    }

    [HttpPost("/editorial/feedback/topics/{id:int}/rename")]
    public async Task<IActionResult> RenameTopic(int id, string? label)
    {
        var text = HaveYourSayForm.Text(ModelState, "label", label, FeedbackTopic.MaxLabelLength, true, "Enter the new name", "The topic");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowTopicsAsync(null, null);
        }

        var result = await topics.RenameAsync(id, text!, User.ToEditor());
        return result.Outcome switch
        {
            EditOutcome.Done => Redirect("/editorial/feedback/topics?done=renamed"),
            EditOutcome.NotFound => NotFound(),
            _ => await RefusedAsync(result.Reason!),
        };
    }

    [HttpPost("/editorial/feedback/topics/{id:int}/retire")]
    public async Task<IActionResult> RetireTopic(int id, bool retire = true) =>
        (await topics.SetRetiredAsync(id, retire, User.ToEditor())).Succeeded ? Redirect($"/editorial/feedback/topics?done={(retire ? "retired" : "restored")}") : NotFound();

    [HttpGet("/editorial/feedback/personal-data")]
    public IActionResult PersonalData() => ShowPersonalData(null, null);

    /// <summary>Finds by POST so the address is never in a URL, a log line or browser history.</summary>
    [HttpPost("/editorial/feedback/personal-data")]
    public async Task<IActionResult> PersonalData(string? email, string? action)
    {
        var address = email?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > FeedbackLimits.EmailLength || !address.Contains('@', StringComparison.Ordinal) || FeedbackText.HasControlCharacters(address))
        {
            ModelState.AddModelError("email", "Enter the email address the person gave, like name@example.com");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowPersonalData(email, null);
        }

        switch (action)
        {
            case "export":
                return File(await personalData.ExportAsync(address, User.ToEditor()), "application/json", "feedback-personal-data.json");
            case "erase":
                var erased = await personalData.EraseAsync(address, User.ToEditor());
                return Redirect($"/editorial/feedback/personal-data?erased={erased}");
            default:
                return ShowPersonalData(address, await personalData.FindAsync(address));
        }
    }

    private async Task<IActionResult> ShowTopicsAsync(string? label, string? done)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "Feedback topics";
        return View("Topics", new TopicsModel(await topics.AllAsync(), label, done));
    }

    private async Task<IActionResult> RefusedAsync(string reason)
    {
        ModelState.AddModelError("label", reason);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await ShowTopicsAsync(null, null);
    }

    private ViewResult ShowPersonalData(string? email, IReadOnlyList<FeedbackItem>? found)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "Find or erase one person's feedback";
        return View("PersonalData", new PersonalDataModel(email, found, int.TryParse(Request.Query["erased"], out var erased) ? erased : null));
    }
}

public sealed record TopicsModel(IReadOnlyList<FeedbackTopic> Topics, string? Label, string? Done);

public sealed record PersonalDataModel(string? Email, IReadOnlyList<FeedbackItem>? Found, int? Erased);
