using System.Globalization;
using System.Net;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>Scheduled publish and unpublish, with a clock the tests move and a host they restart.</summary>
public class ScheduledPublishingTests
{
    private static readonly Guid WhatShortBreaksAre = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");

    [Fact]
    public async Task A_scheduled_publish_set_before_a_restart_fires_after_it_when_due()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        var due = UkLocal(clock.GetUtcNow().AddMinutes(3));

        await using (var before = new RestartableSiteFactory(data, clock))
        {
            var author = await SignedInAsync(before, "author@local-offer.test", "author-development-only");
            var number = await SaveAndSubmitAsync(author, WhatShortBreaksAre, "Words that go live on schedule.");
            var board = await SignedInAsync(before, "board@local-offer.test", "board-development-only");

            var scheduled = await board.PostFormAsync($"/editorial/content/{WhatShortBreaksAre}/schedule", $"/editorial/content/{WhatShortBreaksAre}/schedule", new Dictionary<string, string>
            {
                ["Action"] = "publish",
                ["Date"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["Time"] = due.ToString("HH:mm", CultureInfo.InvariantCulture),
            });

            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
            var dashboard = await board.Client.GetStringAsync("/editorial");
            Assert.Contains("Scheduled changes (1)", dashboard);
            Assert.Contains($"Publish version {number}", dashboard);
            Assert.Contains($"Publish version {number} on", await board.Client.GetStringAsync($"/editorial/content/{WhatShortBreaksAre}"));
            Assert.Equal(0, await before.Scheduler.RunOnceAsync());
            Assert.DoesNotContain("Words that go live on schedule.", await before.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are"));
        }

        clock.Advance(TimeSpan.FromMinutes(4));
        await using var after = new RestartableSiteFactory(data, clock);

        Assert.Equal(1, await after.Scheduler.RunOnceAsync());

        Assert.Contains("Words that go live on schedule.", await after.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are"));
        await using var scope = after.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var change = await db.ScheduledChanges.SingleAsync();
        Assert.Equal(ScheduleStatus.Done, change.Status);
        var audit = await db.AuditLog.Where(e => e.Capability == AuditCapability.Page && e.ItemKey == AuditSubject.Key(WhatShortBreaksAre) && e.Action == AuditAction.Approved).SingleAsync();
        Assert.Equal("board@local-offer.test", audit.Actor);
        Assert.Contains("Published as scheduled for", audit.Detail);
        Assert.Equal(0, await after.Scheduler.RunOnceAsync());
        Assert.DoesNotContain("Scheduled changes (1)", await (await SignedInAsync(after, "board@local-offer.test", "board-development-only")).Client.GetStringAsync("/editorial"));
    }

    [Fact]
    public async Task A_scheduled_unpublish_takes_the_page_off_the_public_site_a_cancelled_one_does_nothing_and_it_can_be_scheduled_back()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        await using var site = new RestartableSiteFactory(data, clock);
        var board = await SignedInAsync(site, "board@local-offer.test", "board-development-only");
        var keep = SeedKeys.ForTreePath("help-and-advice/glossary");
        var due = UkLocal(clock.GetUtcNow().AddMinutes(2));
        var fields = new Dictionary<string, string>
        {
            ["Action"] = "unpublish",
            ["Date"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Time"] = due.ToString("HH:mm", CultureInfo.InvariantCulture),
        };
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"/editorial/content/{WhatShortBreaksAre}/schedule", $"/editorial/content/{WhatShortBreaksAre}/schedule", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"/editorial/content/{keep}/schedule", $"/editorial/content/{keep}/schedule", fields)).StatusCode);
        long cancelId;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            cancelId = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ScheduledChanges.Where(c => c.NodeKey == keep).Select(c => c.Id).SingleAsync();
        }

        var cancelled = await board.PostFormAsync($"/editorial/content/{keep}/schedule", $"/editorial/content/{keep}/schedule/{cancelId}/cancel", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("Nothing is scheduled for this page.", await board.Client.GetStringAsync($"/editorial/content/{keep}/schedule"));

        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await site.Scheduler.RunOnceAsync());

        var client = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/short-breaks/what-short-breaks-are")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/help-and-advice/glossary")).StatusCode);

        // The approved version that was live can be scheduled to come back.
        var back = UkLocal(clock.GetUtcNow().AddMinutes(2));
        var republish = await board.PostFormAsync($"/editorial/content/{WhatShortBreaksAre}/schedule", $"/editorial/content/{WhatShortBreaksAre}/schedule", new Dictionary<string, string>
        {
            ["Action"] = "publish",
            ["Date"] = back.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Time"] = back.ToString("HH:mm", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, republish.StatusCode);
        clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(1, await site.Scheduler.RunOnceAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/short-breaks/what-short-breaks-are")).StatusCode);
    }

    [Theory]
    [InlineData("2020-01-01", "09:30", "The date and time must be in the future")]
    [InlineData("2031-02-30", "09:30", "Enter a real date, for example 2027-03-31")]
    [InlineData("2031-06-01", "25:61", "Enter a real time on the 24-hour clock, for example 09:30")]
    [InlineData("2031-03-30", "01:30", "That time does not happen in the UK on that day")]
    [InlineData("", "", "Enter the date")]
    public async Task A_date_and_time_that_is_past_or_not_real_is_refused_and_the_form_keeps_what_was_typed(string date, string time, string error)
    {
        await using var data = new RestartableSiteFactory.SiteData();
        await using var site = new RestartableSiteFactory(data, new AdjustableClock(DateTimeOffset.UtcNow));
        var board = await SignedInAsync(site, "board@local-offer.test", "board-development-only");

        var response = await board.PostFormAsync($"/editorial/content/{WhatShortBreaksAre}/schedule", $"/editorial/content/{WhatShortBreaksAre}/schedule", new Dictionary<string, string>
        {
            ["Action"] = "unpublish",
            ["Date"] = date,
            ["Time"] = time,
        });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains(error, html);
        if (date.Length > 0)
        {
            Assert.Contains($"value=\"{date}\"", html);
            Assert.Contains($"value=\"{time}\"", html);
        }

        Assert.Contains("value=\"unpublish\" checked", html);
    }

    [Fact]
    public async Task An_author_cannot_schedule_and_nobody_can_schedule_their_own_change_to_publish()
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        await using var site = new RestartableSiteFactory(data, clock);
        var author = await SignedInAsync(site, "author@local-offer.test", "author-development-only");
        var refused = await author.Client.GetAsync($"/editorial/content/{WhatShortBreaksAre}/schedule");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/editorial/access-denied", refused.Headers.Location!.AbsolutePath);

        var board = await SignedInAsync(site, "board@local-offer.test", "board-development-only");
        await SaveAndSubmitAsync(board, WhatShortBreaksAre, "The board member's own words.");
        var page = await board.Client.GetStringAsync($"/editorial/content/{WhatShortBreaksAre}/schedule");
        Assert.Contains("another member of the editorial board must approve it", WebUtility.HtmlDecode(page));
        Assert.DoesNotContain("value=\"publish\"", page);
    }

    [Theory]
    [InlineData("disabled")]
    [InlineData("left the board")]
    public async Task A_scheduled_publish_whose_board_member_can_no_longer_approve_goes_back_to_the_review_queue_with_a_note(string what)
    {
        await using var data = new RestartableSiteFactory.SiteData();
        var clock = new AdjustableClock(DateTimeOffset.UtcNow);
        await using var site = new RestartableSiteFactory(data, clock);
        var author = await SignedInAsync(site, "author@local-offer.test", "author-development-only");
        var number = await SaveAndSubmitAsync(author, WhatShortBreaksAre, "Words a former board member scheduled.");
        var board = await SignedInAsync(site, "board@local-offer.test", "board-development-only");
        var due = UkLocal(clock.GetUtcNow().AddMinutes(3));
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync($"/editorial/content/{WhatShortBreaksAre}/schedule", $"/editorial/content/{WhatShortBreaksAre}/schedule", new Dictionary<string, string>
        {
            ["Action"] = "publish",
            ["Date"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Time"] = due.ToString("HH:mm", CultureInfo.InvariantCulture),
        })).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<BcpLocalOffer.Infrastructure.Identity.EditorAccount>>();
            var account = (await users.FindByEmailAsync("board@local-offer.test"))!;
            if (what == "disabled")
            {
                account.DisabledAt = clock.GetUtcNow();
                await users.UpdateAsync(account);
            }
            else
            {
                await users.RemoveFromRolesAsync(account, await users.GetRolesAsync(account));
                await users.AddToRoleAsync(account, BcpLocalOffer.Infrastructure.Identity.EditorialRoles.Author);
            }
        }

        clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(1, await site.Scheduler.RunOnceAsync());

        Assert.DoesNotContain("Words a former board member scheduled.", await site.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are"));
        await using var check = site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var change = await db.ScheduledChanges.SingleAsync();
        Assert.Equal(ScheduleStatus.Failed, change.Status);
        Assert.Contains("can no longer publish", change.Outcome);
        var version = await db.ContentVersions.SingleAsync(v => v.NodeKey == WhatShortBreaksAre && v.Number == number);
        Assert.Equal(WorkflowState.Submitted, version.Review.State);
        Assert.True(await db.AuditLog.AnyAsync(e => e.ItemKey == AuditSubject.Key(WhatShortBreaksAre) && e.Action == AuditAction.ScheduledChangeReturned));
        var secondBoardMember = $"second-board-{Guid.NewGuid():N}@local-offer.test";
        await using (var accounts = site.Services.CreateAsyncScope())
        {
            Assert.True((await accounts.ServiceProvider.GetRequiredService<Web.Accounts.EditorialAccounts>()
                .CreateAsync(secondBoardMember, TestAccounts.Password, EditorialRoles.EditorialBoard, "Second Board Member", "SENDIASS")).Succeeded);
        }

        var otherBoardMember = await SignedInAsync(site, secondBoardMember, TestAccounts.Password);
        Assert.Contains("Approve and publish", await otherBoardMember.Client.GetStringAsync($"/editorial/content/{WhatShortBreaksAre}"));
    }

    private static DateTime UkLocal(DateTimeOffset utc) => UkTime.ToLocal(utc.UtcDateTime);

    private static async Task<int> SaveAndSubmitAsync(EditorialSession session, Guid key, string body)
    {
        var (_, form) = await HtmlPage.GetAsync(session.Client, $"/editorial/content/{key}/edit");
        string Value(string name) => form.QuerySelector($"[name='{name}']")?.GetAttribute("value") ?? "";
        var number = int.Parse(Value("BasedOnVersion"), CultureInfo.InvariantCulture) + 1;
        var saved = await session.PostFormAsync($"/editorial/content/{key}/edit", $"/editorial/content/{key}/edit", new Dictionary<string, string>
        {
            ["BasedOnVersion"] = Value("BasedOnVersion"),
            ["Name"] = Value("Name"),
            ["Summary"] = form.QuerySelector("[name='Summary']")!.TextContent,
            ["Body"] = body,
            ["ReviewBy"] = Value("ReviewBy"),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var submitted = await session.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/{number}/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        return number;
    }

    private static async Task<EditorialSession> SignedInAsync(RestartableSiteFactory site, string email, string password)
    {
        var session = site.OpenSession();
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
