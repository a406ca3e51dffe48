using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Notifications;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Notifications;

/// <summary>
/// Email about the one review workflow, through the outbox: who gets what, once, across a restart
/// and a failed send. Each test has a site of its own and a clock it moves.
/// </summary>
public sealed partial class NotificationTests : IAsyncLifetime
{
    private const string Author = "author@local-offer.test";
    private const string Board = "board@local-offer.test";
    private static readonly string ShortBreaks = SeedKeys.ForTreePath("short-breaks").ToString();
    private readonly RestartableSiteFactory.SiteData data = new();

    // 10:00 UK time on a winter's day: after the digest hour.
    private readonly AdjustableClock clock = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [GeneratedRegex("/editorial/content/([0-9a-f-]{36})")]
    private static partial Regex EditAddress();

    [Fact]
    public async Task A_submitted_page_emails_each_board_member_who_did_not_work_on_it_once_and_its_author_hears_when_it_is_approved()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var secondBoardMember = await TestAccounts.CreateAsync(site, EditorialRoles.EditorialBoard);
        var author = await SignInAsync(site, Author, "author-development-only");
        var key = await SubmitNewPageAsync(author, "Saturday clubs");

        Assert.Empty(Mail(site, Author));
        await SendAsync(site);
        var toBoard = Assert.Single(Mail(site, Board));
        Assert.Equal("Waiting for your approval: Saturday clubs, version 2", toBoard.Subject);
        Assert.Contains($"/editorial/content/{key}", toBoard.Body);
        Assert.Single(Mail(site, secondBoardMember));
        Assert.Empty(Mail(site, Author));

        var board = await SignInAsync(site, Board, "board-development-only");
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/approve", new Dictionary<string, string>())).StatusCode);
        await SendAsync(site);
        await SendAsync(site);

        var toAuthor = Assert.Single(Mail(site, Author));
        Assert.Equal("Approved and published: Saturday clubs, version 2", toAuthor.Subject);
        Assert.Single(Mail(site, Board)); // the approver is not told what they did, and nothing goes twice
    }

    [Fact]
    public async Task A_change_sent_back_tells_its_author_what_the_reviewer_said_and_someone_who_opted_out_hears_nothing()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var author = await SignInAsync(site, Author, "author-development-only");
        var key = await SubmitNewPageAsync(author, "Sunday clubs");
        var board = await SignInAsync(site, Board, "board-development-only");

        var returned = await board.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/request-changes", new Dictionary<string, string> { ["Comment"] = "Please add the opening times." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        await SendAsync(site);

        var message = Assert.Single(Mail(site, Author));
        Assert.Equal("Sent back with a comment: Sunday clubs, version 2", message.Subject);
        Assert.Contains("Please add the opening times.", message.Body);

        await SetAsync(site, Board, a => a.NotifyApprovals = false);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/submit", new Dictionary<string, string>())).StatusCode);
        await SendAsync(site);
        Assert.Single(Mail(site, Board)); // only the first submission's
    }

    [Fact]
    public async Task A_board_member_who_chose_the_digest_gets_one_email_a_day_at_the_digest_hour()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        await SetAsync(site, Board, a => a.ApprovalsAsDigest = true);
        var author = await SignInAsync(site, Author, "author-development-only");
        await SubmitNewPageAsync(author, "Holiday clubs");
        await SubmitNewPageAsync(author, "Swimming sessions");

        await SendAsync(site);
        Assert.Empty(Mail(site, Board)); // held until tomorrow's digest

        clock.Advance(TimeSpan.FromHours(20)); // 06:00 tomorrow: not yet
        await SendAsync(site);
        Assert.Empty(Mail(site, Board));

        clock.Advance(TimeSpan.FromHours(1.5));
        await SendAsync(site);
        await SendAsync(site);
        var digest = Assert.Single(Mail(site, Board));
        Assert.Equal("2 things wait for your approval", digest.Subject);
        Assert.Contains("Holiday clubs", digest.Body);
        Assert.Contains("Swimming sessions", digest.Body);
    }

    [Fact]
    public async Task A_restart_mid_send_never_sends_a_message_twice_and_sends_the_rest_once()
    {
        await using (var site = new RestartableSiteFactory(data, clock))
        {
            var author = await SignInAsync(site, Author, "author-development-only");
            await SubmitNewPageAsync(author, "Music therapy");
            await SubmitNewPageAsync(author, "Drama club");

            // The node stops after marking the first message as being sent and before it knows the result.
            await using var scope = site.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var first = await db.Outbox.OrderBy(m => m.Id).FirstAsync();
            first.SendingAtUtc = clock.GetUtcNow().UtcDateTime;
            first.Attempts = 1;
            await db.SaveChangesAsync();
        }

        clock.Advance(TimeSpan.FromMinutes(10));
        await using (var restarted = new RestartableSiteFactory(data, clock))
        {
            await SendAsync(restarted);
            await SendAsync(restarted);

            var mail = Mail(restarted, Board);
            Assert.Equal(["Waiting for your approval: Drama club, version 2"], mail.Select(m => m.Subject));
            await using var scope = restarted.Services.CreateAsyncScope();
            var interrupted = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().Outbox.AsNoTracking().OrderBy(m => m.Id).FirstAsync();
            Assert.NotNull(interrupted.SentAtUtc);
            Assert.Contains("not sent again", interrupted.Outcome);
        }
    }

    [Fact]
    public async Task A_send_that_fails_is_tried_again_later_and_goes_once_it_can()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var author = await SignInAsync(site, Author, "author-development-only");
        await SubmitNewPageAsync(author, "Youth forum");

        // A file where the pickup folder should be: the mail server's folder is missing, as a real fault would make it.
        var pickup = Path.Combine(data.DataPath, "mail-pickup");
        if (Directory.Exists(pickup))
        {
            Directory.Delete(pickup, recursive: true);
        }

        await File.WriteAllTextAsync(pickup, "not a folder");
        var failed = await SendAsync(site);
        Assert.True(failed.Failed > 0);
        File.Delete(pickup);

        var tooSoon = await SendAsync(site);
        Assert.Equal(0, tooSoon.Sent);
        clock.Advance(TimeSpan.FromMinutes(2));
        var retried = await SendAsync(site);

        Assert.True(retried.Sent > 0);
        Assert.Single(Mail(site, Board));
    }

    [Fact]
    public async Task Each_person_chooses_their_emails_in_their_account_and_only_the_board_is_offered_approvals()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var author = await SignInAsync(site, Author, "author-development-only");
        const string settings = "/editorial/account/notifications";

        var page = await author.Client.GetStringAsync(settings);
        Assert.DoesNotContain("something waits for my approval", page);
        Assert.Contains("checked", page);
        var saved = await author.PostFormAsync(settings, settings, new Dictionary<string, string> { ["Reviews"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Your choices are saved.", await author.Client.GetStringAsync(settings + "?done=saved"));

        await using var scope = site.Services.CreateAsyncScope();
        var account = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == Author);
        Assert.False(account.NotifyOwnChanges);
        Assert.True(account.NotifyReviews);

        var board = await SignInAsync(site, Board, "board-development-only");
        Assert.Contains("send those as one email each morning instead", await board.Client.GetStringAsync(settings));
        var noToken = await board.Client.PostAsync(settings, new FormUrlEncodedContent(new Dictionary<string, string> { ["Digest"] = "true" }));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Sent_notices_are_deleted_after_90_days_but_review_reminders_stay_so_none_is_ever_sent_again()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        _ = site.Server;
        var notice = $"Page:/editorial/content/{ShortBreaks}:2:Approved:0:{Author}";
        var reminder = $"{ReviewReminders.KeyPrefix}overdue:Page:{ShortBreaks}:2026-11-30:{Author}";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var outbox = new Outbox(db, clock);
            outbox.Add(notice, NotificationKind.Approved, Author, "Approved and published: Short breaks", "Your change was approved.", null);
            outbox.Add(reminder, NotificationKind.ReviewDue, Author, "Overdue for review: Short breaks", "It was due for review.", null);
            await db.SaveChangesAsync();
        }

        await SendAsync(site);
        clock.Advance(TimeSpan.FromDays(89));
        Assert.Equal(0, (await SendAsync(site)).Pruned);
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await SendAsync(site)).Pruned);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().Outbox.AsNoTracking().Select(m => m.Key).ToListAsync();
            Assert.Equal([reminder], keys);
        }

        await SendAsync(site);
        Assert.Equal(2, Mail(site, Author).Count);
    }

    public async Task DisposeAsync() => await data.DisposeAsync();

    private static Task<OutboxRun> SendAsync(RestartableSiteFactory site) => site.Services.GetRequiredService<OutboxSender>().RunOnceAsync();

    private IReadOnlyList<MailPickup.Message> Mail(RestartableSiteFactory site, string address) => MailPickup.In(data.DataPath, address);

    private static async Task SetAsync(RestartableSiteFactory site, string email, Action<EditorAccount> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        change(await db.Users.SingleAsync(u => u.UserName == email));
        await db.SaveChangesAsync();
    }

    private static async Task<EditorialSession> SignInAsync(RestartableSiteFactory site, string email, string password)
    {
        var session = site.OpenSession();
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }

    private static async Task<string> SubmitNewPageAsync(EditorialSession author, string name)
    {
        var created = await author.PostFormAsync($"/editorial/content/new?parent={ShortBreaks}", "/editorial/content/new", new Dictionary<string, string>
        {
            ["Parent"] = ShortBreaks,
            ["DocumentType"] = "contentPage",
            ["Name"] = name,
            ["Summary"] = name + " for disabled children.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = EditAddress().Match(created.Headers.Location!.OriginalString).Groups[1].Value;
        var saved = await author.PostFormAsync($"/editorial/content/{key}/edit", $"/editorial/content/{key}/edit", new Dictionary<string, string>
        {
            ["BasedOnVersion"] = "1",
            ["Name"] = name,
            ["Summary"] = name + " for disabled children.",
            ["Body"] = "## Where\n\nIn Poole.",
            ["OwnerOrganisation"] = "Parent Carers Together",
            ["ReviewBy"] = "2027-06-30",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/2/submit", new Dictionary<string, string>())).StatusCode);
        return key;
    }
}
