using System.Net;
using System.Text;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Analytics;

/// <summary>The PI dashboard: who may see it, the numbers it shows, its date checks and its CSV.</summary>
public class AnalyticsDashboardTests(AnalyticsSiteFactory factory) : IClassFixture<AnalyticsSiteFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<EditorialSession> BoardMemberAsync() =>
        await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));

    [Fact]
    public async Task Only_the_editorial_board_and_administrators_see_the_dashboard_and_its_csv()
    {
        var anonymous = factory.CreateNonRedirectingClient();
        var author = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author));
        var board = await BoardMemberAsync();
        var admin = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

        foreach (var path in new[] { "/editorial/analytics", "/editorial/analytics/page-views.csv" })
        {
            using var signedOut = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.Contains("/editorial/sign-in", signedOut.Headers.Location!.OriginalString);

            using var asAuthor = await author.Client.GetAsync(path);
            Assert.True(asAuthor.StatusCode is HttpStatusCode.Forbidden || asAuthor.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.Ordinal) == true,
                $"An author got {(int)asAuthor.StatusCode} for {path}");

            Assert.Equal(HttpStatusCode.OK, (await board.Client.GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync(path)).StatusCode);
        }

        Assert.Contains("/editorial/analytics", await board.Client.GetStringAsync("/editorial"));
        Assert.DoesNotContain("/editorial/analytics", await author.Client.GetStringAsync("/editorial"));
    }

    [Fact]
    public async Task The_dashboard_and_csv_show_page_views_click_throughs_and_searches_that_found_nothing()
    {
        for (var i = 0; i < 7; i++)
        {
            factory.Queue.TryRecord(EventKind.PageView, "/short-breaks/dashboard-test");
        }

        for (var i = 0; i < 3; i++)
        {
            factory.Queue.TryRecord(EventKind.InternalLink, "/you-said-we-did", "/improvement-plan", "you-said-we-did:5");
        }

        factory.Queue.TryRecord(EventKind.PageView, "/you-said-we-did/5/shorter-waits");
        factory.Queue.TryRecord(EventKind.Download, "/improvement-plan", "/media/3/plan-dashboard-test.pdf");
        factory.Queue.TryRecord(EventKind.SearchFoundNothing, "/search", resultCount: 0);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            db.SearchQueryLog.Add(new SearchQueryLogEntry { Query = "=HYPERLINK(\"http://evil.example\")", Date = Today, ResultCount = 0 });
            db.SearchQueryLog.Add(new SearchQueryLogEntry { Query = "respite weekends", Date = Today, ResultCount = 0 });
            db.SearchQueryLog.Add(new SearchQueryLogEntry { Query = "respite weekends", Date = Today, ResultCount = 0 });
            await db.SaveChangesAsync();
        }

        await factory.Rollups.RunOnceAsync();
        var board = await BoardMemberAsync();

        var (response, page) = await HtmlPage.GetAsync(board.Client, "/editorial/analytics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Website statistics", page.QuerySelector("h1").Text());
        var thisMonth = page.QuerySelectorAll("[data-you-said-we-did-click-throughs]").Last();
        Assert.Equal("3", thisMonth.Text());
        // Page views, "You said – We did" and searches; the feedback chart appears once there is feedback.
        Assert.Equal(3, page.QuerySelectorAll("svg[role=img]").Count(svg => svg.GetAttribute("aria-labelledby")?.StartsWith("feedback-chart", StringComparison.Ordinal) != true));
        Assert.Contains("/short-breaks/dashboard-test", page.QuerySelector("#top-pages + table").Text());
        Assert.Contains("respite weekends", page.Body.Text());

        var topPages = await CsvAsync(board, "/editorial/analytics/top-pages.csv");
        Assert.Contains("\"/short-breaks/dashboard-test\",\"\",\"7\"", topPages);
        var yswd = await CsvAsync(board, "/editorial/analytics/you-said-we-did.csv");
        Assert.Contains($"\"{Today:yyyy-MM}\",\"1\",\"3\"", yswd);
        var searches = await CsvAsync(board, "/editorial/analytics/searches-found-nothing.csv");
        Assert.Contains("\"respite weekends\",\"2\"", searches);
        // A formula typed into the search box is text in a spreadsheet, never a formula.
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"1\"", searches);
        Assert.Contains("\"Download\",\"/media/3/plan-dashboard-test.pdf\",\"1\"", await CsvAsync(board, "/editorial/analytics/links.csv"));
    }

    private static async Task<string> CsvAsync(EditorialSession session, string path)
    {
        using var response = await session.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        return Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
    }

    public static TheoryData<string, string, string> BadPeriods => new()
    {
        { "From.Day=31&From.Month=2&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026", "The start date must be a real date, like 27 3 2026", "from-day" },
        { "From.Day=1&From.Month=2&From.Year=&To.Day=1&To.Month=3&To.Year=2026", "The start date must include a year", "from-year" },
        { "From.Day=1&From.Month=6&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026", "The start date must be the same as or before the end date", "from-day" },
        { "From.Day=1&From.Month=1&From.Year=2026&To.Day=&To.Month=&To.Year=", "Enter the end date", "to-day" },
        { "From.Day=1&From.Month=1&From.Year=2026&To.Day=1&To.Month=1&To.Year=2999", "The end date must be today or in the past", "to-day" },
        { "From.Day=%3Cscript%3E&From.Month=1&From.Year=2026&To.Day=1&To.Month=2&To.Year=2026", "The start date must be a real date, like 27 3 2026", "from-day" },
    };

    [Theory]
    [MemberData(nameof(BadPeriods))]
    public async Task A_bad_period_gets_400_with_an_error_summary_and_keeps_what_was_typed(string query, string message, string fieldId)
    {
        var board = await BoardMemberAsync();

        var (response, page) = await HtmlPage.GetAsync(board.Client, "/editorial/analytics?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summaryLink = page.QuerySelector(".govuk-error-summary a");
        Assert.Equal(message, summaryLink.Text());
        Assert.Equal("#" + fieldId, summaryLink!.GetAttribute("href"));
        Assert.NotNull(page.GetElementById(fieldId));
        Assert.Contains(message, page.QuerySelector(".govuk-error-message").Text());
        var typed = System.Web.HttpUtility.ParseQueryString(query);
        Assert.Equal(typed["From.Day"] ?? "", page.GetElementById("from-day")!.GetAttribute("value") ?? "");
        Assert.Equal(typed["To.Year"] ?? "", page.GetElementById("to-year")!.GetAttribute("value") ?? "");
        Assert.Equal(HttpStatusCode.BadRequest, (await board.Client.GetAsync("/editorial/analytics/page-views.csv?" + query)).StatusCode);
    }

    [Fact]
    public async Task A_chosen_period_shows_one_row_per_month()
    {
        var board = await BoardMemberAsync();

        var (response, page) = await HtmlPage.GetAsync(board.Client, "/editorial/analytics?From.Day=15&From.Month=1&From.Year=2025&To.Day=2&To.Month=4&To.Year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var months = page.QuerySelectorAll("#page-views ~ table")[0].QuerySelectorAll("tbody th").Select(th => th.Text()).ToList();
        Assert.Equal(["January 2025", "February 2025", "March 2025", "April 2025"], months);
        var csv = await CsvAsync(board, "/editorial/analytics/page-views.csv?From.Day=15&From.Month=1&From.Year=2025&To.Day=2&To.Month=4&To.Year=2025");
        Assert.Equal("month,page_views|\"2025-01\",\"0\"|\"2025-02\",\"0\"|\"2025-03\",\"0\"|\"2025-04\",\"0\"|", csv.Replace("\"month\",\"page_views\"", "month,page_views", StringComparison.Ordinal).Replace("\r\n", "|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dashboard_and_csv_show_page_usefulness_and_feedback_by_topic_from_the_public_forms()
    {
        var client = factory.CreateNonRedirectingClient();
        var path = "/money-and-personal-budgets/direct-payments";
        // One answer of each from this visitor: a repeated answer from the same form is one record.
        foreach (var useful in new[] { "yes", "no" })
        {
            var answer = await Feedback.PublicForm.PostAsync(client, "/page-feedback", await Feedback.PublicForm.TokenAsync(client, path), new Dictionary<string, string> { ["useful"] = useful, ["page"] = path });
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        }

        int topicId;
        string topicName;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var topic = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.OrderBy(t => t.SortOrder).FirstAsync();
            (topicId, topicName) = (topic.Id, topic.Label);
        }

        for (var i = 0; i < 2; i++)
        {
            var comment = await Feedback.PublicForm.PostAsync(client, "/have-your-say", await Feedback.PublicForm.TokenAsync(client, "/have-your-say"), Feedback.PublicForm.Comment(topicId, "Dashboard topic test " + Guid.NewGuid()));
            Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        }

        var board = await BoardMemberAsync();
        var html = System.Net.WebUtility.HtmlDecode(await board.Client.GetStringAsync("/editorial/analytics"));
        var usefulness = html[html.IndexOf("id=\"page-usefulness\"", StringComparison.Ordinal)..html.IndexOf("id=\"feedback-by-topic\"", StringComparison.Ordinal)];
        Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(path)}</td><td[^>]*>1</td><td[^>]*>1</td><td[^>]*>50%", usefulness);
        Assert.Contains(topicName, html[html.IndexOf("id=\"feedback-by-topic\"", StringComparison.Ordinal)..]);

        var csv = await board.Client.GetStringAsync("/editorial/analytics/page-usefulness.csv");
        Assert.Contains($"\"{path}\",\"1\",\"1\",\"50\"", csv);
        var topics = await board.Client.GetStringAsync("/editorial/analytics/feedback-by-topic.csv");
        Assert.Contains("\"topic\",\"comments\"", topics);
        Assert.Contains(topicName, topics);
    }
}
