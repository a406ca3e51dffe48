using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Data;

/// <summary>
/// The busy writers insert without change tracking; what they store must read back exactly as
/// a row saved with SaveChanges does (enums as text, UTC times, JSON lists, dates, nulls), on both providers.
/// </summary>
public class BulkInsertTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [Fact]
    public async Task Rows_inserted_in_bulk_read_back_the_same_as_rows_saved_by_ef_core()
    {
        var received = new DateTime(2026, 11, 22, 21, 5, 7, 123, DateTimeKind.Utc);
        FeedbackItem Item(string key) => new()
        {
            SubmissionKey = key,
            Reference = "LO-" + key[..4].ToUpperInvariant(),
            Kind = FeedbackKind.PageAnswer,
            ReceivedAtUtc = received,
            FromYoungPersonsForm = true,
            Role = FeedbackRole.Professional,
            Comment = "Café “quotes” and ' apostrophes; DROP TABLE x; --",
            PagePath = "/short-breaks",
            Useful = false,
            Problem = PageProblem.OutOfDate,
            ReplyWanted = true,
            Status = FeedbackStatus.InProgress,
            ThemeIds = [3, 1],
            AreaNumbers = [8],
        };
        var saved = Item("saved" + Guid.NewGuid().ToString("N")[..20]);
        var bulk = Item("bulk" + Guid.NewGuid().ToString("N")[..20]);
        var bare = new FeedbackItem { SubmissionKey = "bare" + Guid.NewGuid().ToString("N")[..20], Reference = "LO-BARE", Kind = FeedbackKind.Comment, ReceivedAtUtc = received };

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            db.FeedbackItems.Add(saved);
            await db.SaveChangesAsync();
            await BulkInsert.InsertAsync(db, [bulk, bare]);
            await BulkInsert.InsertAsync(db, [new AnalyticsEvent { Date = new DateOnly(2026, 11, 22), AtUtc = received, Kind = EventKind.Download, Path = "/p", Target = "/media/1/a.pdf" }]);
        }

        await using var read = factory.Services.CreateAsyncScope();
        var rows = await read.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AsNoTracking()
            .Where(i => i.SubmissionKey == saved.SubmissionKey || i.SubmissionKey == bulk.SubmissionKey || i.SubmissionKey == bare.SubmissionKey)
            .ToDictionaryAsync(i => i.SubmissionKey);
        var fromEf = rows[saved.SubmissionKey];
        var fromBulk = rows[bulk.SubmissionKey];

        Assert.NotEqual(fromEf.Id, fromBulk.Id);
        // Everything but the identity is the same as the row EF Core saved.
        (fromEf.Id, fromEf.SubmissionKey, fromEf.Reference) = (fromBulk.Id, fromBulk.SubmissionKey, fromBulk.Reference);
        Assert.Equivalent(fromEf, fromBulk, strict: true);
        Assert.Equal(DateTimeKind.Utc, fromBulk.ReceivedAtUtc.Kind);
        Assert.Equal(received, fromBulk.ReceivedAtUtc);
        Assert.Equal([3, 1], fromBulk.ThemeIds);
        Assert.Equal(PageProblem.OutOfDate, fromBulk.Problem);

        var empty = rows[bare.SubmissionKey];
        Assert.Null(empty.Role);
        Assert.Null(empty.Useful);
        Assert.Null(empty.Comment);
        Assert.Empty(empty.ThemeIds);

        // Queries that filter on converted columns find the bulk rows too.
        var events = read.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AnalyticsEvents.AsNoTracking();
        var download = await events.SingleAsync(e => e.Kind == EventKind.Download && e.Date == new DateOnly(2026, 11, 22) && e.Target == "/media/1/a.pdf");
        Assert.Equal(received, download.AtUtc);
        Assert.True(await read.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems
            .AnyAsync(i => i.SubmissionKey == bulk.SubmissionKey && i.Status == FeedbackStatus.InProgress && i.ReceivedAtUtc >= received));
    }
}
