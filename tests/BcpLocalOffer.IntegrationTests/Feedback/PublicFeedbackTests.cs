using System.Net;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>Families' forms through HTTP: what is stored, what the confirmation says, and what is refused.</summary>
public class PublicFeedbackTests(FeedbackFactory factory) : IClassFixture<FeedbackFactory>
{
    [Fact]
    public async Task Have_your_say_stores_the_comment_and_the_email_apart_and_shows_a_reference_without_setting_a_cookie()
    {
        var client = factory.CreateNonRedirectingClient();
        var topic = await FirstTopicAsync();
        var form = await client.GetAsync("/have-your-say");
        Assert.False(form.Headers.Contains("Set-Cookie"));
        var token = await PublicForm.TokenAsync(client, "/have-your-say");
        var fields = PublicForm.Comment(topic, "Comment with an email wanted " + Guid.NewGuid());
        fields["ReplyWanted"] = "yes";
        fields["Email"] = "Parent@Example.com";

        var response = await PublicForm.PostAsync(client, "/have-your-say", token, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var sent = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        var item = await FindAsync(fields["Comment"]);
        Assert.Contains(item.Reference, sent);
        Assert.Equal(FeedbackRole.ParentOrCarer, item.Role);
        Assert.Equal(topic, item.TopicId);
        Assert.True(item.ReplyWanted);
        await using var scope = factory.Services.CreateAsyncScope();
        var contact = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackContacts.SingleAsync(c => c.FeedbackId == item.Id);
        Assert.Equal("parent@example.com", contact.Email);
    }

    [Fact]
    public async Task A_double_click_or_a_replay_makes_one_record_and_shows_the_same_reference()
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await PublicForm.TokenAsync(client, "/have-your-say");
        var fields = PublicForm.Comment(await FirstTopicAsync(), "Double click " + Guid.NewGuid());

        var both = await Task.WhenAll(PublicForm.PostAsync(client, "/have-your-say", token, fields), PublicForm.PostAsync(client, "/have-your-say", token, fields));
        var replay = await PublicForm.PostAsync(client, "/have-your-say", token, fields);

        Assert.All(both.Append(replay), r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(both.Append(replay).Select(r => r.Headers.Location!.OriginalString).Distinct());
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.CountAsync(i => i.Comment == fields["Comment"]));
    }

    [Fact]
    public async Task Mistakes_come_back_as_a_400_with_every_error_in_the_summary_and_what_was_typed_kept()
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await PublicForm.TokenAsync(client, "/have-your-say");
        var response = await PublicForm.PostAsync(client, "/have-your-say", token, new Dictionary<string, string>
        {
            ["Comment"] = new string('x', FeedbackLimits.CommentLength + 1),
            ["Improvement"] = "Keep <this> & that",
            ["ReplyWanted"] = "yes",
            ["Email"] = "not an email",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Select who you are", html);
        Assert.Contains("Select a topic", html);
        Assert.Contains("Your comment must be 2,000 characters or fewer", html);
        Assert.Contains("Enter an email address in the correct format", html);
        Assert.Contains("Keep &lt;this&gt; &amp; that", html);
        Assert.Contains("value=\"not an email\"", html);
    }

    [Fact]
    public async Task A_forged_or_old_token_re_shows_the_form_with_the_answers_kept_and_nothing_is_stored()
    {
        var client = factory.CreateNonRedirectingClient();
        var fields = PublicForm.Comment(await FirstTopicAsync(), "Forged " + Guid.NewGuid());
        var response = await PublicForm.PostAsync(client, "/have-your-say", "not-a-real-token", fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("send it again", html);
        Assert.Contains(fields["Comment"], html);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AnyAsync(i => i.Comment == fields["Comment"]));
    }

    [Fact]
    public async Task A_token_for_one_form_does_not_work_on_another()
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await PublicForm.TokenAsync(client, "/have-your-say/young-people");
        var response = await PublicForm.PostAsync(client, "/have-your-say", token, PublicForm.Comment(await FirstTopicAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_post_from_another_site_is_refused()
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await PublicForm.TokenAsync(client, "/have-your-say");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/have-your-say") { Content = new FormUrlEncodedContent(PublicForm.Comment(await FirstTopicAsync()).Append(new("__FormToken", token))) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(crossSite)).StatusCode);

        using var otherOrigin = new HttpRequestMessage(HttpMethod.Post, "/have-your-say") { Content = new FormUrlEncodedContent(PublicForm.Comment(await FirstTopicAsync()).Append(new("__FormToken", token))) };
        otherOrigin.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(otherOrigin)).StatusCode);
    }

    [Fact]
    public async Task The_honeypot_gets_a_confirmation_but_nothing_is_stored()
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await PublicForm.TokenAsync(client, "/have-your-say");
        var fields = PublicForm.Comment(await FirstTopicAsync(), "Robot " + Guid.NewGuid());
        fields["Website"] = "http://spam.example";

        var response = await PublicForm.PostAsync(client, "/have-your-say", token, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AnyAsync(i => i.Comment == fields["Comment"]));
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var client = factory.CreateNonRedirectingClient();
        var token = await PublicForm.TokenAsync(client, "/have-your-say");
        var fields = PublicForm.Comment(await FirstTopicAsync(), new string('x', 200_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PublicForm.PostAsync(client, "/have-your-say", token, fields)).StatusCode);
    }

    [Fact]
    public async Task The_young_persons_version_uses_simpler_words_and_is_marked_in_the_inbox()
    {
        var client = factory.CreateNonRedirectingClient();
        var html = await client.GetStringAsync("/have-your-say/young-people");
        Assert.Contains("Tell us what you think", html);
        var token = await PublicForm.TokenAsync(client, "/have-your-say/young-people");
        var fields = PublicForm.Comment(await FirstTopicAsync(), "Young person " + Guid.NewGuid());
        fields["Role"] = "young-person";

        var response = await PublicForm.PostAsync(client, "/have-your-say/young-people", token, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Thank you for telling us", await client.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.True((await FindAsync(fields["Comment"])).FromYoungPersonsForm);
    }

    [Fact]
    public async Task Is_this_page_useful_is_on_content_pages_and_stores_the_path_without_the_query_and_what_was_wrong()
    {
        var owner = await TestAccounts.CreateAsync(factory, Infrastructure.Identity.EditorialRoles.Author, "BCP Council Children's Social Care");
        var client = factory.CreateNonRedirectingClient();
        var page = await client.GetAsync("/short-breaks?utm=x");
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Is this page useful?", html);
        Assert.False(page.Headers.Contains("Set-Cookie"));
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__FormToken\" value=\"([^\"]+)\"").Groups[1].Value);

        var yes = await PublicForm.PostAsync(client, "/page-feedback", token, new Dictionary<string, string> { ["useful"] = "yes", ["page"] = "/short-breaks?utm=x" });
        Assert.Equal(HttpStatusCode.Redirect, yes.StatusCode);
        Assert.Contains("Thank you", await client.GetStringAsync(yes.Headers.Location!.OriginalString));

        var no = await PublicForm.PostAsync(client, "/page-feedback", token, new Dictionary<string, string> { ["useful"] = "no", ["page"] = "/short-breaks" });
        Assert.Equal(HttpStatusCode.Redirect, no.StatusCode);
        var whatWasWrong = no.Headers.Location!.OriginalString;
        var reference = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + whatWasWrong).Query)["reference"]!;
        var missing = await PublicForm.PostAsync(client, whatWasWrong, await PublicForm.TokenAsync(client, whatWasWrong), new Dictionary<string, string> { ["Detail"] = "kept text" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("kept text", await missing.Content.ReadAsStringAsync());
        var reason = await PublicForm.PostAsync(client, whatWasWrong, await PublicForm.TokenAsync(client, whatWasWrong), new Dictionary<string, string> { ["Problem"] = "out-of-date", ["Detail"] = "The phone number has changed" });
        Assert.Equal(HttpStatusCode.Redirect, reason.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var answers = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AsNoTracking().Where(i => i.Kind == FeedbackKind.PageAnswer && i.PagePath == "/short-breaks").ToListAsync();
        Assert.Contains(answers, a => a.Useful == true);
        var notUseful = Assert.Single(answers, a => a.Reference == reference);
        Assert.Equal(PageProblem.OutOfDate, notUseful.Problem);
        Assert.Equal("The phone number has changed", notUseful.Comment);

        // The page's owner hears what kind of problem it was, never the family's words.
        await factory.Services.GetRequiredService<Infrastructure.Notifications.OutboxSender>().RunOnceAsync();
        var email = Assert.Single(MailPickup.To(factory, owner));
        Assert.Contains("It is out of date", email.Body);
        Assert.DoesNotContain("phone number", email.Body);
    }

    private async Task<int> FirstTopicAsync()
    {
        await factory.CreateClient().GetAsync("/");
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
    }

    private async Task<FeedbackItem> FindAsync(string comment)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AsNoTracking().SingleAsync(i => i.Comment == comment);
    }
}

public class FeedbackRateLimitTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task A_client_sending_more_than_the_limit_gets_429()
    {
        var client = factory.CreateNonRedirectingClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var token = await PublicForm.TokenAsync(client, "/have-your-say");
            statuses.Add((await PublicForm.PostAsync(client, "/have-your-say", token, new Dictionary<string, string>())).StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
