using System.Diagnostics;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Notifications;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// The review reminders over a council-sized Local Offer: 5,000 published pages and 5,000 published
/// services (a fifth of each coming due in 30 days, in 7, overdue, and overdue for over 30 days) on
/// a site hosted in this process on a scratch SQLite data folder. Times one run of the reminder job
/// (target: under 10 s), runs it again to show nothing is queued twice, then sends the outbox and
/// checks every reminder went exactly once.
/// </summary>
internal static class ReminderBenchmark
{
    private const int Items = 5_000;
    private const int Organisations = 20;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        using var scratch = ScratchFolder.Create("localoffer-reminders-");
        await using var site = new ScratchSite(scratch.Path);
        _ = site.Server;
        var services = site.Services;
        var today = DateOnly.FromDateTime(UkTime.ToLocal(DateTime.UtcNow));
        var expected = await FillAsync(services, today, cancellationToken);
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
            await scope.ServiceProvider.GetRequiredService<PublishedDirectoryLoader>().RefreshAsync();
        }

        var reminders = services.GetRequiredService<ReviewReminders>();
        var timer = Stopwatch.StartNew();
        var queued = await reminders.RunOnceAsync(cancellationToken);
        timer.Stop();
        var again = await reminders.RunOnceAsync(cancellationToken);

        var sending = Stopwatch.StartNew();
        var sender = services.GetRequiredService<OutboxSender>();
        var sent = 0;
        while ((await sender.RunOnceAsync(cancellationToken)).Sent is > 0 and var batch)
        {
            sent += batch;
        }

        sending.Stop();
        var files = Directory.Exists(Path.Combine(scratch.Path, "mail-pickup")) ? Directory.GetFiles(Path.Combine(scratch.Path, "mail-pickup"), "*.eml").Length : 0;

        Console.WriteLine($"Review reminders over {Items:N0} pages and {Items:N0} services ({Organisations} owning organisations with one person each, and 2 board members)");
        Console.WriteLine($"  first run: {queued:N0} reminders queued in {timer.Elapsed.TotalSeconds:0.00} s (target under {Target.TotalSeconds:0} s: {(timer.Elapsed < Target ? "met" : "NOT MET")})");
        Console.WriteLine($"  expected : {expected:N0} (counted from the review dates the benchmark wrote)");
        Console.WriteLine($"  second run: {again:N0} queued (must be 0)");
        Console.WriteLine($"  sent: {sent:N0} emails in {sending.Elapsed.TotalSeconds:0.0} s, {files:N0} files in the pickup folder");
        var ok = timer.Elapsed < Target && queued == expected && again == 0 && sent == queued && files >= sent;
        Console.WriteLine(ok ? "Reminders: every target met, each reminder sent once." : "Reminders: a target was NOT met.");
        return ok ? 0 : 1;
    }

    /// <summary>Writes the pages, services and owners; returns how many reminders the rules call for.</summary>
    private static async Task<int> FillAsync(IServiceProvider services, DateOnly today, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<EditorialAccounts>();
        for (var o = 0; o < Organisations; o++)
        {
            var result = await accounts.CreateAsync($"owner{o}@reminders.test", "reminder-benchmark-password", EditorialRoles.Author, $"Owner {o}", Organisation(o));
            if (!result.Succeeded)
            {
                throw new BenchmarkFailedException("Could not create an owner account: " + EditorialAccounts.Describe(result), []);
            }
        }

        foreach (var member in new[] { "board1@reminders.test", "board2@reminders.test" })
        {
            if (!(await accounts.CreateAsync(member, "reminder-benchmark-password", EditorialRoles.EditorialBoard, "Board member", "BCP Council SEND Service")).Succeeded)
            {
                throw new BenchmarkFailedException("Could not create a board account.", []);
            }
        }

        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var boardRole = await db.Roles.Where(r => r.Name == EditorialRoles.EditorialBoard).Select(r => r.Id).SingleAsync(cancellationToken);
        var board = await db.UserRoles.CountAsync(r => r.RoleId == boardRole, cancellationToken);
        var home = SeedKeys.ForTreePath("");
        var now = DateTimeOffset.UtcNow;
        var expected = 0;
        for (var i = 0; i < Items; i++)
        {
            var reviewBy = ReviewDate(i, today);
            expected += Reminders(reviewBy, today, board);
            var node = new ContentNode { Key = Guid.NewGuid(), ParentKey = home, DocumentTypeAlias = DocumentTypes.ContentPage, UrlSegment = $"reminder-page-{i}", SortOrder = 1000 + i, CreatedAt = now };
            var version = new ContentVersion
            {
                NodeKey = node.Key,
                Number = 1,
                Name = $"Reminder page {i}",
                Summary = "A page for the reminder benchmark.",
                Body = "Text.",
                OwnerOrganisation = Organisation(i),
                ReviewBy = reviewBy,
                LastReviewed = today.AddMonths(-6),
                CreatedAt = now,
                CreatedBy = "benchmark",
                HideFromNavigation = true,
                Review = ReviewState.Imported("benchmark"),
            };
            db.ContentNodes.Add(node);
            db.ContentVersions.Add(version);

            var service = new DirectoryService { Id = Guid.NewGuid(), Slug = $"reminder-service-{i}", CreatedAt = now };
            var serviceVersion = new ServiceVersion
            {
                ServiceId = service.Id,
                Number = 1,
                Name = $"Reminder service {i}",
                Organisation = Organisation(i),
                Description = "A service for the reminder benchmark.",
                Kind = "activity-or-club",
                MinimumAge = 0,
                MaximumAge = 25,
                Status = ServiceStatus.Active,
                OwnerOrganisation = Organisation(i),
                ReviewBy = reviewBy,
                CreatedAt = now,
                CreatedBy = "benchmark",
                Review = ReviewState.Imported("benchmark"),
            };
            expected += Reminders(reviewBy, today, board);
            db.DirectoryServices.Add(service);
            db.DirectoryServiceVersions.Add(serviceVersion);
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"ContentNodes\" SET \"PublishedVersionId\" = (SELECT v.\"Id\" FROM \"ContentVersions\" v WHERE v.\"NodeKey\" = \"ContentNodes\".\"Key\") WHERE \"UrlSegment\" LIKE 'reminder-page-%'", cancellationToken);
        await db.Database.ExecuteSqlRawAsync(
            "UPDATE \"DirectoryServices\" SET \"PublishedVersionId\" = (SELECT v.\"Id\" FROM \"DirectoryServiceVersions\" v WHERE v.\"ServiceId\" = \"DirectoryServices\".\"Id\") WHERE \"Slug\" LIKE 'reminder-service-%'", cancellationToken);
        return expected;
    }

    private static string Organisation(int i) => $"Reminder organisation {i % Organisations}";

    /// <summary>A fifth each: in 30 days, in 7, overdue by 3, overdue by 40, and not due for a year.</summary>
    private static DateOnly ReviewDate(int i, DateOnly today) => (i % 5) switch
    {
        0 => today.AddDays(30),
        1 => today.AddDays(7),
        2 => today.AddDays(-3),
        3 => today.AddDays(-40),
        _ => today.AddYears(1),
    };

    /// <summary>One to the owner when due within 30 days or overdue; one to each board member when 30 days overdue.</summary>
    private static int Reminders(DateOnly reviewBy, DateOnly today, int board)
    {
        var days = reviewBy.DayNumber - today.DayNumber;
        return (days <= ReviewReminders.FirstReminderDays ? 1 : 0) + (-days >= ReviewReminders.BoardAfterOverdueDays ? board : 0);
    }

    private sealed class ScratchSite(string dataPath) : WebApplicationFactory<Web.Search.SearchSettingsModel>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseContentRoot(Path.Combine(WebAppBuild.RepositoryRoot(), "src", "BcpLocalOffer.Web"));
            builder.UseEnvironment("Production");
            builder.UseSetting("LocalOffer:DataPath", dataPath);
            builder.UseSetting("LocalOffer:NodeId", "reminder-benchmark");
            builder.UseSetting("LocalOffer:TwoFactor:RequiredByDefaultFor", "");
            builder.UseSetting("LocalOffer:Notifications:SendIntervalSeconds", "86400");
            builder.UseSetting("LocalOffer:Notifications:ReminderIntervalMinutes", "10080");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
