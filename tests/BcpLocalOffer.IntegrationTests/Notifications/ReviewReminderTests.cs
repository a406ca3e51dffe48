using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Notifications;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Notifications;

/// <summary>Owners are reminded of reviews coming due, and confirm a page is still correct from the email.</summary>
public sealed partial class ReviewReminderTests : IAsyncLifetime
{
    private const string Owner = "BCP Council Education and Skills";
    private const string Board = "board@local-offer.test";
    private static readonly Guid Travel = SeedKeys.ForTreePath("education/travel-to-school");
    private readonly RestartableSiteFactory.SiteData data = new();
    private readonly AdjustableClock clock = new(DateTimeOffset.UtcNow);

    [GeneratedRegex(@"/still-correct\?token=\S+")]
    private static partial Regex StillCorrectLink();

    [Fact]
    public async Task An_owner_is_reminded_30_and_7_days_before_and_when_overdue_each_once_and_the_board_after_30_days_overdue()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var owner = await TestAccounts.CreateAsync(site, EditorialRoles.Author, Owner);
        var reviewBy = ReviewByOf(site);
        var title = "Travel to school and college";

        await MoveToAsync(site, reviewBy.AddDays(-30));
        await RemindAndSendAsync(site);
        await RemindAndSendAsync(site);
        Assert.Equal([$"Due for review in 30 days: {title}"], SubjectsAbout(owner, title));

        await MoveToAsync(site, reviewBy.AddDays(-7));
        await RemindAndSendAsync(site);
        await MoveToAsync(site, reviewBy.AddDays(1));
        await RemindAndSendAsync(site);
        await RemindAndSendAsync(site);
        Assert.Equal([$"Due for review in 30 days: {title}", $"Due for review in 7 days: {title}", $"Overdue for review: {title}"], SubjectsAbout(owner, title));
        Assert.Empty(SubjectsAbout(Board, title)); // the owner has people of its own: the board is not told yet

        await MoveToAsync(site, reviewBy.AddDays(30));
        await RemindAndSendAsync(site);
        await RemindAndSendAsync(site);
        Assert.Equal([$"Overdue for review for 30 days: {title}"], SubjectsAbout(Board, title));
        Assert.Equal(3, SubjectsAbout(owner, title).Count);
    }

    [Fact]
    public async Task The_still_correct_link_marks_the_page_reviewed_without_a_sign_in_once_audited_as_its_owner()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var owner = await TestAccounts.CreateAsync(site, EditorialRoles.Author, Owner);
        await MoveToAsync(site, ReviewByOf(site).AddDays(-7));
        await RemindAndSendAsync(site);
        var link = LinkIn(owner, "Travel to school and college");
        var browser = site.OpenSession();

        var shown = await browser.Client.GetStringAsync(link);
        Assert.Contains("Is this page still correct?", shown);
        var confirmed = await browser.PostFormAsync(link, "/still-correct", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("marked as still correct", await confirmed.Content.ReadAsStringAsync());
        var today = DateOnly.FromDateTime(UkTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        Assert.Contains($"datetime=\"{today:yyyy-MM-dd}\"", await site.CreateClient().GetStringAsync("/education/travel-to-school"));
        Assert.Equal(today.AddMonths(6), ReviewByOf(site));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var entry = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AsNoTracking()
                .SingleAsync(e => e.ItemKey == AuditSubject.Key(Travel) && e.Action == AuditAction.MarkedReviewed);
            Assert.Equal(owner, entry.Actor);
            Assert.Contains("confirmed still correct from the emailed link", entry.Detail);
        }

        var again = await browser.PostFormAsync(link, "/still-correct", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task A_link_that_expired_was_altered_or_went_to_someone_who_left_the_organisation_is_refused()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var owner = await TestAccounts.CreateAsync(site, EditorialRoles.Author, Owner);
        var leaver = await TestAccounts.CreateAsync(site, EditorialRoles.Author, Owner);
        await MoveToAsync(site, ReviewByOf(site).AddDays(-7));
        await RemindAndSendAsync(site);
        var browser = site.OpenSession();

        var altered = LinkIn(owner, "Travel to school and college")[..^6] + "AAAAAA";
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Client.GetAsync(altered)).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            (await db.Users.SingleAsync(u => u.UserName == leaver)).Organisation = "SENDIASS";
            await db.SaveChangesAsync();
        }

        var wrongPerson = LinkIn(leaver, "Travel to school and college");
        var refused = await browser.PostFormAsync(wrongPerson, "/still-correct", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        clock.Advance(TimeSpan.FromDays(31));
        var expired = await browser.Client.GetAsync(LinkIn(owner, "Travel to school and college"));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.NotEqual(DateOnly.FromDateTime(UkTime.ToLocal(clock.GetUtcNow().UtcDateTime)).AddMonths(6), ReviewByOf(site));
    }

    [Fact]
    public async Task A_provider_is_reminded_of_their_own_service_and_confirms_it_from_the_link_but_not_another_organisations()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        _ = site.Server;
        var directory = site.Services.GetRequiredService<IPublishedDirectoryCache>();
        var listed = directory.Current.Listed.ToList();
        var service = listed.First();
        var other = listed.First(s => s.Organisation != service.Organisation);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            // The seed's services are samples, which are never chased: make these two real listings.
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            await db.DirectoryServiceVersions.Where(v => v.ServiceId == service.Id || v.ServiceId == other.Id).ExecuteUpdateAsync(set => set
                .SetProperty(v => v.IsSample, false).SetProperty(v => v.ReviewBy, service.ReviewBy));
            await scope.ServiceProvider.GetRequiredService<PublishedDirectoryLoader>().RefreshAsync();
        }

        var provider = await TestAccounts.CreateAsync(site, EditorialRoles.Provider, "", provides: [service.Organisation]);
        await MoveToAsync(site, service.ReviewBy.AddDays(-7));
        await RemindAndSendAsync(site);

        Assert.Equal([$"Due for review in 7 days: {service.Name}"], SubjectsAbout(provider, service.Name));
        Assert.Empty(SubjectsAbout(provider, other.Name));
        var browser = site.OpenSession();
        var confirmed = await browser.PostFormAsync(LinkIn(provider, service.Name), "/still-correct", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var today = DateOnly.FromDateTime(UkTime.ToLocal(clock.GetUtcNow().UtcDateTime));
        Assert.Equal(today, directory.Current.Find(service.Id)!.CheckedOn);
        Assert.Contains($"Checked by the provider on {today.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}",
            await site.CreateClient().GetStringAsync($"/directory/{service.Slug}"));

        // Another organisation's service, with nobody of its own: the board is reminded, and the provider cannot confirm it.
        var board = MailPickup.In(data.DataPath, Board).LastOrDefault(m => m.Subject.EndsWith(other.Name, StringComparison.Ordinal));
        Assert.NotNull(board);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var owner = await scope.ServiceProvider.GetRequiredService<CurrentEditors>().FindAsync(provider);
            var refused = await scope.ServiceProvider.GetRequiredService<Infrastructure.ServiceDirectory.DirectoryEditing>()
                .ConfirmStillCorrectAsync(other.Id, other.ReviewBy, owner!);
            Assert.Equal(EditOutcome.Refused, refused.Outcome);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await data.DisposeAsync();

    private static DateOnly ReviewByOf(RestartableSiteFactory site)
    {
        _ = site.Server;
        return site.Services.GetRequiredService<IPublishedContentCache>().Current.FindByKey(Travel)!.ReviewBy;
    }

    /// <summary>Moves the clock to 10:00 UK time on <paramref name="day"/>.</summary>
    private Task MoveToAsync(RestartableSiteFactory site, DateOnly day)
    {
        var target = new DateTimeOffset(UkTime.ToUtc(day, new TimeOnly(10, 0))!.Value, TimeSpan.Zero);
        clock.Advance(target - clock.GetUtcNow());
        return Task.CompletedTask;
    }

    private static async Task RemindAndSendAsync(RestartableSiteFactory site)
    {
        await site.Services.GetRequiredService<ReviewReminders>().RunOnceAsync();
        await site.Services.GetRequiredService<OutboxSender>().RunOnceAsync();
    }

    private List<string> SubjectsAbout(string address, string title) =>
        [.. MailPickup.In(data.DataPath, address).Select(m => m.Subject).Where(s => s.EndsWith(title, StringComparison.Ordinal))];

    private string LinkIn(string address, string title)
    {
        var message = MailPickup.In(data.DataPath, address).Last(m => m.Subject.EndsWith(title, StringComparison.Ordinal));
        return StillCorrectLink().Match(message.Body).Value;
    }
}
