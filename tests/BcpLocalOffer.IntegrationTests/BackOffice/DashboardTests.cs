using System.Net;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.BackOffice;

/// <summary>The dashboard shows each person what waits for them: their drafts, changes to review, recent activity.</summary>
public class DashboardTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly string ShortBreaks = SeedKeys.ForTreePath("short-breaks").ToString();

    [Fact]
    public async Task A_draft_shows_on_its_authors_dashboard_then_once_submitted_on_the_boards_and_in_recent_activity()
    {
        var name = "Dashboard page " + Guid.NewGuid().ToString("N")[..8];
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var created = await author.PostFormAsync($"/editorial/content/new?parent={ShortBreaks}", "/editorial/content/new", new Dictionary<string, string>
        {
            ["Parent"] = ShortBreaks,
            ["DocumentType"] = "contentPage",
            ["Name"] = name,
            ["Summary"] = "A page for the dashboard test.",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var key = created.Headers.Location!.OriginalString.Split('/')[3];

        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var authorDashboard = await author.Client.GetStringAsync("/editorial");
        Assert.Contains(name, Section(authorDashboard, "Your drafts"));
        Assert.DoesNotContain("Waiting for your review", authorDashboard);
        Assert.DoesNotContain(name, Section(await board.Client.GetStringAsync("/editorial"), "Your drafts"));

        var submitted = await author.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/1/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        Assert.DoesNotContain(name, Section(await author.Client.GetStringAsync("/editorial"), "Your drafts"));
        var boardDashboard = await board.Client.GetStringAsync("/editorial");
        Assert.Contains(name, Section(boardDashboard, "Waiting for your review"));
        Assert.Contains("author@local-offer.test", Section(boardDashboard, "Recent activity"));
    }

    [Fact]
    public async Task The_boards_queue_holds_every_kind_of_content_oldest_first_and_what_was_sent_back_reaches_its_writer_with_the_comment()
    {
        var author = await SignedInAsync("author@local-offer.test", "author-development-only");
        var photo = "Queue photo " + Guid.NewGuid().ToString("N")[..8];
        var uploaded = await author.PostFileAsync("/editorial/media/upload", "/editorial/media/upload", "photo.png", "image/png", TestImages.Png, new Dictionary<string, string>
        {
            ["Title"] = photo,
            ["AltText"] = "Children at the sensory room",
        });
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var drafted = await author.PostFormAsync("/editorial/improvement-plan/actions/4A", "/editorial/improvement-plan/actions/4A", new Dictionary<string, string>
        {
            ["Status"] = "on-track",
            ["Commentary"] = "Queue test: the training started.",
            ["EvidenceKind"] = "Minutes",
        });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var change = drafted.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Contains("Action 4A", Section(await author.Client.GetStringAsync("/editorial"), "Your drafts"));
        await author.PostFormAsync(change, change + "/submit", new Dictionary<string, string>());

        var board = await SignedInAsync("board@local-offer.test", "board-development-only");
        var (response, dashboard) = await HtmlPage.GetAsync(board.Client, "/editorial");
        var queue = Section(await response.Content.ReadAsStringAsync(), "Waiting for your review");

        // The back office's own frame: its sections with what waits in each, who is signed in, no public navigation or search.
        Assert.Null(dashboard.QuerySelector("#site-search"));
        Assert.Contains("Signed in as board@local-offer.test", dashboard.QuerySelector("header")!.TextContent);
        var media = dashboard.QuerySelectorAll("nav[aria-label='Back office'] a").Single(a => a.GetAttribute("href") == "/editorial/media");
        Assert.Matches(@"Media\s*\d+\s*waiting for you", media.TextContent);
        var plan = dashboard.QuerySelectorAll("nav[aria-label='Back office'] a").Single(a => a.GetAttribute("href") == "/editorial/improvement-plan");
        Assert.Contains("waiting for you", plan.TextContent);
        Assert.Contains(photo, queue);
        Assert.Contains("Media", queue);
        Assert.Contains("Action 4A", queue);
        Assert.Contains("Plan status change", queue);
        Assert.True(queue.IndexOf(photo, StringComparison.Ordinal) < queue.IndexOf("Action 4A", StringComparison.Ordinal), "The oldest submission is not first");
        Assert.Contains("author@local-offer.test", queue);

        await board.PostFormAsync(change, change + "/request-changes", new Dictionary<string, string> { ["comment"] = "Say which board meeting." });

        var sentBack = Section(await author.Client.GetStringAsync("/editorial"), "Sent back to you");
        Assert.Contains("Action 4A", sentBack);
        Assert.Contains("Say which board meeting.", sentBack);
        Assert.Contains(photo, Section(await author.Client.GetStringAsync("/editorial"), "Waiting for someone else"));
        Assert.DoesNotContain("Action 4A", Section(await board.Client.GetStringAsync("/editorial"), "Waiting for your review"));
    }

    /// <summary>The dashboard's text from a heading to the next heading of the same level.</summary>
    private static string Section(string html, string heading)
    {
        var start = html.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no '{heading}' section");
        var end = html.IndexOf("<h2", start, StringComparison.Ordinal);
        return end < 0 ? html[start..] : html[start..end];
    }

    private async Task<EditorialSession> SignedInAsync(string email, string password)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(email, password)).StatusCode);
        return session;
    }
}
