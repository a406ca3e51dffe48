using Microsoft.AspNetCore.Authorization;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>
/// Families' feedback, all without JavaScript: "Have your say" (and the young person's version),
/// "Is this page useful?" on every page and "What was wrong?". Each POST is guarded by
/// <see cref="PublicFormAttribute"/> (no cookies) and rate limited per client in memory, and
/// answers only after the row is committed.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
[AllowAnonymous]
public sealed class FeedbackController(
    FeedbackWriter writer,
    FeedbackTopics topics,
    PublicFormTokens tokens,
    LocalOfferDbContext db,
    Core.ServiceDirectory.Published.IPublishedDirectoryCache directory,
    Core.Content.Published.IPublishedContentCache content,
    TimeProvider clock) : Controller
{
    public const string HaveYourSayPath = "/have-your-say";
    public const string YoungPeoplePath = "/have-your-say/young-people";
    public const string PageFeedbackPath = "/page-feedback";
    public const string WhatWasWrongPath = "/page-feedback/what-was-wrong";

    /// <summary>"Report something wrong with this service", under the service's own address.</summary>
    public const string ServiceReportPath = "/directory/{slug}/report";

    public const string NotSentMessage = "Sorry, we could not send your comments just now. They have not been lost: they are below. Try sending them again in a few minutes.";

    [HttpGet(HaveYourSayPath)]
    public Task<IActionResult> HaveYourSay() => ShowFormAsync(new HaveYourSayForm(), youngPerson: false);

    [HttpGet(YoungPeoplePath)]
    public Task<IActionResult> YoungPeople() => ShowFormAsync(new HaveYourSayForm { Role = FeedbackRole.YoungPerson.Slug() }, youngPerson: true);

    [HttpPost(HaveYourSayPath)]
    [PublicForm("have-your-say")]
    [EnableRateLimiting(ClientRateLimits.FeedbackForms)]
    public Task<IActionResult> HaveYourSay(HaveYourSayForm form) => SubmitAsync(form, youngPerson: false);

    [HttpPost(YoungPeoplePath)]
    [PublicForm("have-your-say-young-people")]
    [EnableRateLimiting(ClientRateLimits.FeedbackForms)]
    public Task<IActionResult> YoungPeople(HaveYourSayForm form) => SubmitAsync(form, youngPerson: true);

    [HttpGet(HaveYourSayPath + "/sent/{reference}")]
    public IActionResult Sent(string reference, string? version)
    {
        if (!IsReference(reference))
        {
            return NotFound();
        }

        ViewData["Title"] = "Thank you for your feedback";
        return View("Sent", new FeedbackSentModel(reference, version == "young-people"));
    }

    /// <summary>The "Is this page useful?" answer. Yes or no is stored at once; no then asks what was wrong.</summary>
    [HttpPost(PageFeedbackPath)]
    [PublicForm("page-useful")]
    [EnableRateLimiting(ClientRateLimits.FeedbackForms)]
    public async Task<IActionResult> PageAnswer(string? useful, string? page, string? website)
    {
        var path = FeedbackText.PagePath(page);
        var submission = PublicFormSubmission.From(HttpContext);
        if (path is null || useful is not ("yes" or "no") || submission.Token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Title"] = "Error: Is this page useful?";
            return View("PageAnswerRefused", new PageAnswerRefusedModel(path ?? "/", submission.Token is null && path is not null && useful is ("yes" or "no")));
        }

        var (key, seed) = tokens.SubmissionKey(submission.Token, HttpContext.Connection.RemoteIpAddress?.ToString(), useful + path);
        var reference = FeedbackReference.For(seed);
        if (string.IsNullOrEmpty(website))
        {
            var stored = await writer.SubmitAsync(new FeedbackItem
            {
                SubmissionKey = key,
                Reference = reference,
                Kind = FeedbackKind.PageAnswer,
                ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
                PagePath = path,
                Useful = useful == "yes",
                Status = FeedbackStatus.New,
            }, null);
            reference = stored.Reference;
        }

        return useful == "yes"
            ? Redirect($"{PageFeedbackPath}/sent?reference={reference}&page={Uri.EscapeDataString(path)}")
            : Redirect($"{WhatWasWrongPath}?reference={reference}&page={Uri.EscapeDataString(path)}");
    }

    [HttpGet(WhatWasWrongPath)]
    public IActionResult WhatWasWrong(string? reference, string? page) =>
        IsReference(reference) && FeedbackText.PagePath(page) is { } path ? ShowWhatWasWrong(reference!, path, new WhatWasWrongForm()) : NotFound();

    [HttpPost(WhatWasWrongPath)]
    [PublicForm("what-was-wrong")]
    [EnableRateLimiting(ClientRateLimits.FeedbackForms)]
    public async Task<IActionResult> WhatWasWrong(string? reference, string? page, WhatWasWrongForm form)
    {
        // A post, unlike the page's address, is answered 400: it was sent, but not from our form.
        if (!IsReference(reference) || FeedbackText.PagePath(page) is not { } path)
        {
            return BadRequest();
        }

        var submission = PublicFormSubmission.From(HttpContext);
        if (submission.Token is { } token && token.Bound != reference)
        {
            return StatusCode(StatusCodes.Status400BadRequest);
        }

        var answer = form.Validate(ModelState);
        if (submission.Token is null)
        {
            ModelState.AddModelError(PublicFormSubmission.ErrorKey, PublicFormSubmission.ExpiredMessage);
        }

        if (answer is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowWhatWasWrong(reference!, path, form);
        }

        if (string.IsNullOrEmpty(form.Website))
        {
            // The first answer stays: a double click or a replay changes nothing.
            await db.FeedbackItems
                .Where(i => i.Reference == reference && i.Kind == FeedbackKind.PageAnswer && i.Useful == false && i.Problem == null)
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.Problem, answer.Value.Problem).SetProperty(i => i.Comment, answer.Value.Detail));
            if (content.Current.FindByPath(path) is { } reported)
            {
                await new Infrastructure.Notifications.ReportNotices(db, clock).QueueAsync(
                    reference!, reported.OwnerOrganisation, "page", reported.Name, answer.Value.Problem.Label(), $"/editorial/content/{reported.Key}");
            }
        }

        return Redirect($"{PageFeedbackPath}/sent?reference={reference}&page={Uri.EscapeDataString(path)}");
    }

    [HttpGet(ServiceReportPath)]
    public IActionResult ServiceReport(string slug) =>
        directory.Current.FindBySlug(slug) is { } service && service.Status.IsListed()
            ? ShowServiceReport(service, new ServiceReportForm())
            : NotFound();

    [HttpPost(ServiceReportPath)]
    [PublicForm("service-report")]
    [EnableRateLimiting(ClientRateLimits.FeedbackForms)]
    public async Task<IActionResult> ServiceReport(string slug, ServiceReportForm form)
    {
        // A post, unlike the form's address, is answered 400: it was sent, but not from our form for a listed service.
        if (directory.Current.FindBySlug(slug) is not { } service || !service.Status.IsListed())
        {
            return BadRequest();
        }

        var submission = PublicFormSubmission.From(HttpContext);
        var answer = form.Validate(ModelState);
        if (submission.Token is null)
        {
            ModelState.AddModelError(PublicFormSubmission.ErrorKey, PublicFormSubmission.ExpiredMessage);
        }
        else if (submission.Token.Bound != service.Slug)
        {
            return BadRequest();
        }

        if (answer is null || submission.Token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return ShowServiceReport(service, form);
        }

        var path = $"/directory/{service.Slug}";
        var (key, seed) = tokens.SubmissionKey(submission.Token, HttpContext.Connection.RemoteIpAddress?.ToString(), answer.Value.Problem.Slug());
        var reference = FeedbackReference.For(seed);
        if (string.IsNullOrEmpty(form.Website))
        {
            try
            {
                var stored = await writer.SubmitAsync(new FeedbackItem
                {
                    SubmissionKey = key,
                    Reference = reference,
                    Kind = FeedbackKind.ServiceReport,
                    ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
                    PagePath = path,
                    ServiceId = service.Id,
                    ServiceProblem = answer.Value.Problem,
                    Comment = answer.Value.Detail,
                    Status = FeedbackStatus.New,
                }, null);
                reference = stored.Reference;
                if (!stored.WasReplay)
                {
                    await new Infrastructure.Notifications.ReportNotices(db, clock).QueueAsync(
                        reference, service.OwnerOrganisation, "service", service.Name, answer.Value.Problem.Label(), $"/editorial/directory/{service.Id}", service.Organisation);
                }
            }
            catch (Exception exception) when (DatabaseOutage.IsOutage(exception))
            {
                // Nothing was stored: the family gets their words back, to send again.
                ModelState.AddModelError(PublicFormSubmission.ErrorKey, NotSentMessage);
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Response.Headers.RetryAfter = "60";
                return ShowServiceReport(service, form);
            }
        }

        return Redirect($"{PageFeedbackPath}/sent?reference={reference}&page={Uri.EscapeDataString(path)}");
    }

    [HttpGet(PageFeedbackPath + "/sent")]
    public IActionResult PageAnswerSent(string? reference, string? page)
    {
        if (!IsReference(reference) || FeedbackText.PagePath(page) is not { } path)
        {
            return NotFound();
        }

        ViewData["Title"] = "Thank you for your feedback";
        return View("PageAnswerSent", new PageAnswerSentModel(reference!, path));
    }

    private async Task<IActionResult> SubmitAsync(HaveYourSayForm form, bool youngPerson)
    {
        var offered = await topics.OfferedAsync();
        var valid = form.Validate(ModelState, [.. offered.Select(t => t.Id)], youngPerson);
        var submission = PublicFormSubmission.From(HttpContext);
        if (submission.Token is null)
        {
            ModelState.AddModelError(PublicFormSubmission.ErrorKey, PublicFormSubmission.ExpiredMessage);
        }

        if (valid is null || submission.Token is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("HaveYourSay", FormModel(form, youngPerson, offered));
        }

        var (key, seed) = tokens.SubmissionKey(submission.Token, HttpContext.Connection.RemoteIpAddress?.ToString());
        var reference = FeedbackReference.For(seed);
        if (!form.IsRobot)
        {
            var (role, topic, comment, improvement, email) = valid.Value;
            StoredFeedback stored;
            try
            {
                stored = await writer.SubmitAsync(new FeedbackItem
                {
                    SubmissionKey = key,
                    Reference = reference,
                    Kind = FeedbackKind.Comment,
                    ReceivedAtUtc = clock.GetUtcNow().UtcDateTime,
                    FromYoungPersonsForm = youngPerson,
                    Role = role,
                    TopicId = topic,
                    Comment = comment,
                    Improvement = improvement,
                    ReplyWanted = email is not null,
                    Status = FeedbackStatus.New,
                }, email);
            }
            catch (Exception exception) when (DatabaseOutage.IsOutage(exception))
            {
                // Nothing was stored: the family gets their words back, to send again.
                ModelState.AddModelError(PublicFormSubmission.ErrorKey, NotSentMessage);
                Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                Response.Headers.RetryAfter = "60";
                return View("HaveYourSay", FormModel(form, youngPerson, offered));
            }

            reference = stored.Reference;
        }

        return Redirect($"{HaveYourSayPath}/sent/{reference}{(youngPerson ? "?version=young-people" : "")}");
    }

    private async Task<IActionResult> ShowFormAsync(HaveYourSayForm form, bool youngPerson) =>
        View("HaveYourSay", FormModel(form, youngPerson, await topics.OfferedAsync()));

    private HaveYourSayModel FormModel(HaveYourSayForm form, bool youngPerson, IReadOnlyList<FeedbackTopic> offered)
    {
        var title = youngPerson ? "Tell us what you think" : "Have your say about the Local Offer";
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + title;
        return new HaveYourSayModel(form, youngPerson, title, offered, tokens.Issue(youngPerson ? "have-your-say-young-people" : "have-your-say"));
    }

    private ViewResult ShowServiceReport(Core.ServiceDirectory.Published.PublishedService service, ServiceReportForm form)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "Report something wrong with " + service.Name;
        ViewData[SearchEngines.NoIndexKey] = true;
        return View("ServiceReport", new ServiceReportModel(service.Slug, service.Name, form, tokens.Issue("service-report", bound: service.Slug)));
    }

    private ViewResult ShowWhatWasWrong(string reference, string path, WhatWasWrongForm form)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "What was wrong with the page?";
        return View("WhatWasWrong", new WhatWasWrongModel(reference, path, form, tokens.Issue("what-was-wrong", bound: reference)));
    }

    private static bool IsReference(string? reference) =>
        reference is { Length: 12 } && reference.StartsWith("LO-", StringComparison.Ordinal) && reference[7] == '-'
        && reference[3..7].Concat(reference[8..]).All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}

public sealed record HaveYourSayModel(HaveYourSayForm Form, bool YoungPerson, string Title, IReadOnlyList<FeedbackTopic> Topics, string Token);

public sealed record FeedbackSentModel(string Reference, bool YoungPerson);

public sealed record WhatWasWrongModel(string Reference, string PagePath, WhatWasWrongForm Form, string Token);

public sealed record PageAnswerSentModel(string Reference, string PagePath);

public sealed record PageAnswerRefusedModel(string PagePath, bool Expired);
