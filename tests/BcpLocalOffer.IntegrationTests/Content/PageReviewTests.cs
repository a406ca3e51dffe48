using BcpLocalOffer.Core.Publishing;
using System.Globalization;
using System.Net;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>"Mark as reviewed" and the overdue-reviews report by owner.</summary>
public class PageReviewTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly (string Email, string Password) Author = ("author@local-offer.test", "author-development-only");
    private static readonly (string Email, string Password) Board = ("board@local-offer.test", "board-development-only");

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    [Fact]
    public async Task Marking_an_overdue_page_as_reviewed_changes_its_public_last_reviewed_date_at_once_without_a_new_version()
    {
        var page = SeedKeys.ForTreePath("health-and-care/specialist-equipment");
        await MakeOverdueAsync(page, lastReviewed: new DateOnly(2025, 1, 10));
        var author = await SignedInAsync(Author);
        var report = await author.Client.GetStringAsync("/editorial/reviews");
        Assert.Contains("Overdue reviews by owner", report);
        Assert.Contains($"/editorial/content/{page}", report);
        Assert.Contains("10 January 2025", await factory.CreateClient().GetStringAsync("/health-and-care/specialist-equipment"));
        var versionsBefore = await VersionCountAsync(page);

        var board = await SignedInAsync(Board);
        var marked = await board.PostFormAsync($"/editorial/content/{page}", $"/editorial/content/{page}/reviewed", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var publicPage = await factory.CreateClient().GetStringAsync("/health-and-care/specialist-equipment");
        Assert.Contains($"datetime=\"{Today:yyyy-MM-dd}\"", publicPage);
        Assert.DoesNotContain("10 January 2025", publicPage);
        Assert.Equal(versionsBefore, await VersionCountAsync(page));
        Assert.DoesNotContain($"/editorial/content/{page}", await author.Client.GetStringAsync("/editorial/reviews"));
        var details = await board.Client.GetStringAsync($"/editorial/content/{page}");
        Assert.Contains("Marked as reviewed by board@local-offer.test", details);
        Assert.Contains(Today.AddMonths(6).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")), details);

        await using var scope = factory.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.SingleAsync(e => e.Capability == AuditCapability.Page && e.ItemKey == AuditSubject.Key(page) && e.Action == AuditAction.MarkedReviewed);
        Assert.Equal("board@local-offer.test", entry.Actor);
        Assert.Contains($"Last reviewed 2025-01-10 → {Today:yyyy-MM-dd}", entry.Detail);
    }

    [Fact]
    public async Task The_board_can_choose_the_next_review_date_but_not_one_in_the_past()
    {
        var page = SeedKeys.ForTreePath("health-and-care/health-services");
        var board = await SignedInAsync(Board);
        var chosen = Today.AddMonths(3);

        var past = await PostReviewedAsync(board, page, Today.AddDays(-1).ToString("yyyy-MM-dd"));
        var pastHtml = await past.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("govuk-error-summary", pastHtml);
        Assert.Contains("The next review date must be in the future.", pastHtml);

        var marked = await PostReviewedAsync(board, page, chosen.ToString("yyyy-MM-dd"));

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var node = await db.ContentNodes.SingleAsync(n => n.Key == page);
        var published = await db.ContentVersions.SingleAsync(v => v.Id == node.PublishedVersionId);
        Assert.Equal(chosen, published.ReviewBy);
        Assert.Equal(Today, published.LastReviewed);
    }

    [Fact]
    public async Task An_author_cannot_mark_a_page_as_reviewed()
    {
        var page = SeedKeys.ForTreePath("health-and-care/childrens-continuing-care");
        var author = await SignedInAsync(Author);

        var response = await author.PostFormAsync("/editorial", $"/editorial/content/{page}/reviewed", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/editorial/access-denied", response.Headers.Location!.AbsolutePath);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AnyAsync(e => e.Capability == AuditCapability.Page && e.ItemKey == AuditSubject.Key(page) && e.Action == AuditAction.MarkedReviewed));
    }

    [Fact]
    public async Task The_report_groups_overdue_pages_by_owner_with_counts_and_the_dashboard_links_to_it()
    {
        var page = SeedKeys.ForTreePath("preparing-for-adulthood/supported-internships");
        await MakeOverdueAsync(page, lastReviewed: new DateOnly(2025, 2, 1));
        string owner;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var node = await db.ContentNodes.SingleAsync(n => n.Key == page);
            owner = (await db.ContentVersions.SingleAsync(v => v.Id == node.PublishedVersionId)).OwnerOrganisation;
        }

        var author = await SignedInAsync(Author);
        var (response, document) = await HtmlPage.GetAsync(author.Client, "/editorial/reviews");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var section = document.QuerySelectorAll("h2").First(h => h.TextContent.StartsWith(owner, StringComparison.Ordinal));
        Assert.Matches(@"\(\d+ overdue\)", section.TextContent);
        var summaryRow = document.QuerySelectorAll("tbody tr").First(r => r.QuerySelector("th").Text() == owner);
        Assert.NotEqual("0", summaryRow.QuerySelectorAll("td")[0].Text());
        Assert.NotNull(document.QuerySelector($"a[href='/editorial/content/{page}']"));
        Assert.Contains("href=\"/editorial/reviews\"", await author.Client.GetStringAsync("/editorial"));
    }

    private async Task MakeOverdueAsync(Guid page, DateOnly lastReviewed)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await EditorChanges.PublishAsync(scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>(), page, v =>
        {
            v.LastReviewed = lastReviewed;
            v.ReviewBy = Today.AddDays(-1);
        });
        await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
    }

    private async Task<int> VersionCountAsync(Guid page)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ContentVersions.CountAsync(v => v.NodeKey == page);
    }

    private static Task<HttpResponseMessage> PostReviewedAsync(EditorialSession session, Guid page, string nextReviewBy) =>
        session.PostFormAsync($"/editorial/content/{page}/reviewed", $"/editorial/content/{page}/reviewed", new Dictionary<string, string> { ["NextReviewBy"] = nextReviewBy });

    private async Task<EditorialSession> SignedInAsync((string Email, string Password) account)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(account.Email, account.Password)).StatusCode);
        return session;
    }
}
