using System.Net.Mail;
using BcpLocalOffer.Core.Feedback;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>"Have your say", in both versions. Validation adds GOV.UK messages under the field names, in the order of the form.</summary>
public sealed class HaveYourSayForm
{
    public string? Role { get; set; }

    public string? Topic { get; set; }

    public string? Comment { get; set; }

    public string? Improvement { get; set; }

    public string? ReplyWanted { get; set; }

    public string? Email { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by some robots.</summary>
    public string? Website { get; set; }

    public bool IsRobot => !string.IsNullOrEmpty(Website);

    public (FeedbackRole Role, int Topic, string Comment, string? Improvement, string? Email)? Validate(ModelStateDictionary state, IReadOnlyCollection<int> topics, bool youngPerson)
    {
        var role = FeedbackLabels.ParseRole(Role);
        if (role is null)
        {
            state.AddModelError(nameof(Role), youngPerson ? "Tell us who you are" : "Select who you are");
        }

        int? topic = int.TryParse(Topic, out var id) && topics.Contains(id) ? id : null;
        if (topic is null)
        {
            state.AddModelError(nameof(Topic), youngPerson ? "Choose what it is about" : "Select a topic");
        }

        var comment = Text(state, nameof(Comment), Comment, FeedbackLimits.CommentLength, required: true,
            youngPerson ? "Tell us what you think" : "Enter your comment", youngPerson ? "what you think" : "Your comment");
        var improvement = Text(state, nameof(Improvement), Improvement, FeedbackLimits.ImprovementLength, required: false, "", youngPerson ? "what would make it better" : "What would make it better");

        string? email = null;
        var wantsReply = ReplyWanted == "yes";
        if (ReplyWanted is not (null or "yes" or "no"))
        {
            state.AddModelError(nameof(ReplyWanted), "Select yes if you would like a reply");
        }
        else if (wantsReply)
        {
            email = Email?.Trim();
            if (string.IsNullOrEmpty(email))
            {
                state.AddModelError(nameof(Email), youngPerson ? "Tell us your email address so we can reply" : "Enter your email address, or select no if you do not want a reply");
            }
            else if (email.Length > FeedbackLimits.EmailLength || !IsEmail(email))
            {
                state.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
            }
        }

        return state.IsValid ? (role!.Value, topic!.Value, comment!, improvement, email is null ? null : Infrastructure.Feedback.PersonalDataRequests.Normalise(email)) : null;
    }

    /// <summary>Free text: trimmed, within its limit, and without control characters (see <see cref="FeedbackText"/>).</summary>
    public static string? Text(ModelStateDictionary state, string field, string? value, int limit, bool required, string missing, string name)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                state.AddModelError(field, missing);
            }

            return null;
        }

        if (text.Length > limit)
        {
            state.AddModelError(field, $"{name} must be {limit:N0} characters or fewer");
        }
        else if (FeedbackText.HasControlCharacters(text))
        {
            state.AddModelError(field, $"{name} has characters we cannot store, such as invisible control characters. Remove them and try again");
        }

        return text;
    }

    private static bool IsEmail(string email) =>
        !FeedbackText.HasControlCharacters(email) && !email.Any(char.IsWhiteSpace) && email.Count(c => c == '@') == 1
        && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && email.Split('@')[1].Contains('.', StringComparison.Ordinal);
}

/// <summary>"What was wrong?" after a page was not useful.</summary>
public sealed class WhatWasWrongForm
{
    public string? Problem { get; set; }

    public string? Detail { get; set; }

    public string? Website { get; set; }

    public (PageProblem Problem, string? Detail)? Validate(ModelStateDictionary state)
    {
        var problem = FeedbackLabels.ParseProblem(Problem);
        if (problem is null)
        {
            state.AddModelError(nameof(Problem), "Select what was wrong with the page");
        }

        var detail = HaveYourSayForm.Text(state, nameof(Detail), Detail, FeedbackLimits.ProblemDetailLength, required: false, "", "Your description");
        return state.IsValid ? (problem!.Value, detail) : null;
    }
}

/// <summary>"Report something wrong with this service": what was wrong, and more if the family wants to say.</summary>
public sealed class ServiceReportForm
{
    public string? Problem { get; set; }

    public string? Detail { get; set; }

    public string? Website { get; set; }

    public (ServiceProblem Problem, string? Detail)? Validate(ModelStateDictionary state)
    {
        var problem = FeedbackLabels.ParseServiceProblem(Problem);
        if (problem is null)
        {
            state.AddModelError(nameof(Problem), "Select what is wrong with the service");
        }

        var detail = HaveYourSayForm.Text(state, nameof(Detail), Detail, FeedbackLimits.ProblemDetailLength,
            required: problem == ServiceProblem.SomethingElse, "Tell us what is wrong", "Your description");
        return state.IsValid ? (problem!.Value, detail) : null;
    }
}

public sealed record ServiceReportModel(string Slug, string ServiceName, ServiceReportForm Form, string Token);
