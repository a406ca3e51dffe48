using BcpLocalOffer.Core.Publishing;
using System.Net;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Mail;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>Retention (email after 12 months, free text after 24), erasure and export by email, and the statistics analytics reads.</summary>
public class RetentionAndPersonalDataTests(FeedbackFactory factory) : IClassFixture<FeedbackFactory>
{
    [Fact]
    public async Task The_retention_job_deletes_old_email_addresses_then_anonymises_old_comments_and_keeps_the_counts()
    {
        var now = DateTime.UtcNow;
        var recent = await AddAsync(now.AddMonths(-11), "recent@example.com", "Recent comment");
        var thirteenMonths = await AddAsync(now.AddMonths(-13), "thirteen@example.com", "Thirteen months old");
        var threeYears = await AddAsync(now.AddMonths(-36), "old@example.com", "Three years old");

        await factory.Services.GetRequiredService<FeedbackRetentionRunner>().RunOnceAsync();

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        Assert.True(await db.FeedbackContacts.AnyAsync(c => c.FeedbackId == recent));
        Assert.False(await db.FeedbackContacts.AnyAsync(c => c.FeedbackId == thirteenMonths));
        Assert.False(await db.FeedbackContacts.AnyAsync(c => c.FeedbackId == threeYears));
        Assert.Equal("Thirteen months old", (await db.FeedbackItems.SingleAsync(i => i.Id == thirteenMonths)).Comment);
        var anonymised = await db.FeedbackItems.SingleAsync(i => i.Id == threeYears);
        Assert.Null(anonymised.Comment);
        Assert.NotNull(anonymised.AnonymisedAtUtc);
        Assert.NotNull(anonymised.TopicId);
        Assert.Contains(await db.AuditLog.ToListAsync(), e => e.Action == AuditAction.RetentionApplied);
    }

    [Fact]
    public async Task An_administrator_exports_then_erases_one_persons_feedback_by_email_and_the_audit_log_does_not_keep_the_address()
    {
        var first = await AddAsync(DateTime.UtcNow, "erase-me@example.com", "First comment to erase");
        var second = await AddAsync(DateTime.UtcNow, "Erase-Me@example.com", "Second comment to erase");
        var other = await AddAsync(DateTime.UtcNow, "someone-else@example.com", "Keep this one");
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        // A reply to each person waits in the pickup folder (the default sender): it holds their address and the reply.
        var mail = factory.Services.GetRequiredService<IMailSender>();
        await mail.SendAsync(new OutgoingMail("erase-me@example.com", "Your feedback about the Local Offer", "Reply about the first comment"));
        await mail.SendAsync(new OutgoingMail("someone-else@example.com", "Your feedback about the Local Offer", "Reply to keep"));

        var export = await admin.PostFormAsync("/editorial/feedback/personal-data", "/editorial/feedback/personal-data", new Dictionary<string, string> { ["email"] = "ERASE-ME@example.com", ["action"] = "export" });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var json = await export.Content.ReadAsStringAsync();
        Assert.Contains("First comment to erase", json);
        Assert.Contains("Second comment to erase", json);
        Assert.Contains("Reply about the first comment", json);
        Assert.DoesNotContain("Keep this one", json);
        Assert.DoesNotContain("Reply to keep", json);

        var erase = await admin.PostFormAsync("/editorial/feedback/personal-data", "/editorial/feedback/personal-data", new Dictionary<string, string> { ["email"] = "erase-me@example.com", ["action"] = "erase" });
        Assert.Equal(HttpStatusCode.Redirect, erase.StatusCode);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        Assert.False(await db.FeedbackItems.AnyAsync(i => i.Id == first || i.Id == second));
        Assert.True(await db.FeedbackItems.AnyAsync(i => i.Id == other));
        Assert.DoesNotContain(await db.AuditLog.Select(e => e.Detail).ToListAsync(), d => d.Contains("erase-me", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(MailPickup.To(factory, "erase-me@example.com"));
        Assert.Single(MailPickup.To(factory, "someone-else@example.com"), m => m.Body.Contains("Reply to keep", StringComparison.Ordinal));

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        Assert.NotEqual(HttpStatusCode.OK, (await board.Client.GetAsync("/editorial/feedback/personal-data")).StatusCode);
    }

    [Fact]
    public async Task Mail_left_in_the_pickup_folder_is_deleted_once_a_pickup_service_has_had_a_week_to_send_it()
    {
        var mail = factory.Services.GetRequiredService<IMailSender>();
        await mail.SendAsync(new OutgoingMail("week-old@example.com", "Your feedback about the Local Offer", "An old reply"));
        await mail.SendAsync(new OutgoingMail("today@example.com", "Your feedback about the Local Offer", "A new reply"));
        var old = Assert.Single(Directory.GetFiles(Path.Combine(factory.DataPath, "mail-pickup"), "*.eml"), f => File.ReadAllText(f).Contains("week-old@example.com", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddDays(-8));

        await factory.Services.GetRequiredService<MailPickupSweep>().RunOnceAsync();

        Assert.False(File.Exists(old));
        Assert.Single(MailPickup.To(factory, "today@example.com"));
    }

    [Fact]
    public async Task Statistics_count_comments_by_topic_and_page_answers_by_page_for_uk_days()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var topic = await db.FeedbackTopics.OrderBy(t => t.SortOrder).FirstAsync();
        var day = new DateTime(2031, 6, 10, 12, 0, 0, DateTimeKind.Utc);
        db.FeedbackItems.AddRange(
            Item(FeedbackKind.Comment, day, topic.Id),
            Item(FeedbackKind.Comment, day, topic.Id),
            Item(FeedbackKind.Comment, day.AddDays(5), topic.Id),
            // 23:30 UTC on 10 June is 00:30 BST on 11 June: outside a range that ends on the 10th.
            Item(FeedbackKind.Comment, new DateTime(2031, 6, 10, 23, 30, 0, DateTimeKind.Utc), topic.Id),
            Page(day, "/stats-page", true), Page(day, "/stats-page", true), Page(day, "/stats-page", false), Page(day, "/other-page", false));
        await db.SaveChangesAsync();

        var statistics = scope.ServiceProvider.GetRequiredService<IFeedbackStatistics>();
        var volumes = await statistics.VolumeByTopicAsync(new DateOnly(2031, 6, 1), new DateOnly(2031, 6, 10));
        Assert.Equal(new TopicVolume(topic.Label, 2), Assert.Single(volumes));
        var pages = await statistics.UsefulnessByPageAsync(new DateOnly(2031, 6, 1), new DateOnly(2031, 6, 30));
        var stats = pages.Single(p => p.PagePath == "/stats-page");
        Assert.Equal((2, 1, 67), (stats.Yes, stats.No, stats.PercentYes));
        Assert.Equal(0, pages.Single(p => p.PagePath == "/other-page").PercentYes);

        static FeedbackItem Item(FeedbackKind kind, DateTime at, int topic) => new()
        {
            SubmissionKey = Guid.NewGuid().ToString("N"),
            Reference = "LO-TEST-0000",
            Kind = kind,
            ReceivedAtUtc = at,
            TopicId = topic,
            Comment = "x",
        };

        static FeedbackItem Page(DateTime at, string path, bool useful) => new()
        {
            SubmissionKey = Guid.NewGuid().ToString("N"),
            Reference = "LO-TEST-0000",
            Kind = FeedbackKind.PageAnswer,
            ReceivedAtUtc = at,
            PagePath = path,
            Useful = useful,
        };
    }

    private async Task<long> AddAsync(DateTime receivedAt, string email, string comment)
    {
        await factory.CreateClient().GetAsync("/");
        await using var scope = factory.Services.CreateAsyncScope();
        var topic = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.Select(t => t.Id).FirstAsync();
        var stored = await factory.Services.GetRequiredService<FeedbackWriter>().SubmitAsync(new FeedbackItem
        {
            SubmissionKey = Guid.NewGuid().ToString("N"),
            Reference = FeedbackReference.For(Guid.NewGuid()),
            Kind = FeedbackKind.Comment,
            ReceivedAtUtc = receivedAt,
            Role = FeedbackRole.ParentOrCarer,
            TopicId = topic,
            Comment = comment,
            ReplyWanted = true,
        }, PersonalDataRequests.Normalise(email));
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.Where(i => i.Reference == stored.Reference).Select(i => i.Id).SingleAsync();
    }
}
