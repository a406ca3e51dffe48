using System.Net;
using System.Xml.Linq;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>From a family's comment to a published "You said – We did" entry, through the inbox and four eyes.</summary>
public class YouSaidWeDidFlowTests(FeedbackFactory factory) : IClassFixture<FeedbackFactory>
{
    [Fact]
    public async Task Feedback_tagged_to_a_theme_becomes_an_entry_that_another_board_member_publishes_to_the_listing_the_feed_and_search()
    {
        var publicSite = factory.CreateNonRedirectingClient();
        var comment = "We waited months to hear about our EHC plan " + Guid.NewGuid().ToString("N")[..6];
        var topic = await TopicAsync();
        var sent = await PublicForm.PostAsync(publicSite, "/have-your-say", await PublicForm.TokenAsync(publicSite, "/have-your-say"), PublicForm.Comment(topic, comment));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var item = await ItemAsync(comment);

        var writer = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        var inbox = await writer.Client.GetStringAsync("/editorial/feedback");
        Assert.Contains(item.Reference, inbox);
        Assert.Contains("We waited months", inbox);

        var theme = "Waiting too long for EHC plan news " + Guid.NewGuid().ToString("N")[..6];
        var tagged = await writer.PostFormAsync($"/editorial/feedback/{item.Id}", $"/editorial/feedback/{item.Id}/tags",
            new Dictionary<string, string> { ["newTheme"] = theme, ["areas"] = "3", ["focusAreas"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, tagged.StatusCode);
        var themeId = await ThemeIdAsync(theme);
        Assert.Equal(FeedbackStatus.InProgress, (await ItemAsync(comment)).Status);

        var youSaid = "You told us you waited too long to hear about EHC plans " + new string(Enumerable.Range(0, 9).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
        var drafted = await writer.PostFormAsync($"/editorial/you-said-we-did/new?theme={themeId}", "/editorial/you-said-we-did/new", new Dictionary<string, string>
        {
            ["YouSaid"] = youSaid,
            ["WeDid"] = "We now write to every family every four weeks while an assessment is under way.",
            ["Outcome"] = "done",
            ["Date"] = "2026-11-20",
            ["Topic"] = topic.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Theme"] = themeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FocusAreas"] = "",
            ["Actions"] = "8A",
            ["Evidence"] = "Quarterly reports | /improvement-plan/quarterly-reports",
        });
        Assert.Equal(HttpStatusCode.Redirect, drafted.StatusCode);
        var entryPath = drafted.Headers.Location!.OriginalString.Split('?')[0];
        var id = int.Parse(entryPath.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await writer.PostFormAsync(entryPath, entryPath + "/submit", new Dictionary<string, string>())).StatusCode);

        // Four eyes: the writer cannot publish their own entry.
        Assert.Equal(HttpStatusCode.Forbidden, (await writer.PostFormAsync("/editorial", entryPath + "/approve", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync($"/you-said-we-did/{id}")).StatusCode);

        var reviewer = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(entryPath, entryPath + "/approve", new Dictionary<string, string>())).StatusCode);

        var listing = await publicSite.GetStringAsync("/you-said-we-did");
        Assert.Contains($"data-analytics-context=\"you-said-we-did:{id}\"", listing);
        Assert.Contains(youSaid, listing);
        Assert.Contains("Based on 1 comment from families", listing);
        Assert.DoesNotContain(comment, listing);
        var permalink = await publicSite.GetAsync($"/you-said-we-did/{id}");
        Assert.Equal(HttpStatusCode.OK, permalink.StatusCode);
        var entryHtml = await permalink.Content.ReadAsStringAsync();
        Assert.Contains($"data-analytics-context=\"you-said-we-did:{id}\"", entryHtml);
        Assert.Contains("/improvement-plan/actions/8A", entryHtml);
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync($"/you-said-we-did/{id}/any-slug")).StatusCode);

        var feed = XDocument.Parse(await publicSite.GetStringAsync("/you-said-we-did/feed.atom"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(feed.Root!.Elements(atom + "entry"), e => e.Element(atom + "title")!.Value.Contains(youSaid, StringComparison.Ordinal));

        var annual = await publicSite.GetStringAsync("/you-said-we-did/annual/2026");
        Assert.Contains("Comments about our Local Offer and our response, 2026", annual);
        Assert.Contains(youSaid, annual);

        // A screen reader's list of headings has no gaps: an entry's parts sit one level under it,
        // wherever the entry is shown (its page, the listing, under a topic in the annual report).
        AssertNoSkippedHeadingLevels("listing", listing);
        AssertNoSkippedHeadingLevels("entry page", entryHtml);
        AssertNoSkippedHeadingLevels("annual report", annual);

        Assert.Equal(HttpStatusCode.BadRequest, (await publicSite.GetAsync("/you-said-we-did?status=nonsense")).StatusCode);
        Assert.Contains(youSaid, await publicSite.GetStringAsync("/you-said-we-did?status=done&year=2026&area=8"));
        Assert.DoesNotContain(youSaid, await publicSite.GetStringAsync("/you-said-we-did?status=in-progress"));

        await WaitForSearchAsync(youSaid.Split(' ').Last(), found: true);
        // The year's report on comments and our response is found as families name it.
        Assert.Contains((await Search.SearchApi.GetAsync(publicSite, "annual report 2026")).Results.Take(3), r => r.Url == "/you-said-we-did/annual/2026");

        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.PostFormAsync(entryPath, entryPath + "/unpublish", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync($"/you-said-we-did/{id}")).StatusCode);
        await WaitForSearchAsync(youSaid.Split(' ').Last(), found: false);
    }

    [Fact]
    public async Task Authors_cannot_open_the_inbox_and_the_csv_export_has_no_email_address()
    {
        var author = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author));
        var refused = await author.Client.GetAsync("/editorial/feedback");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        var publicSite = factory.CreateNonRedirectingClient();
        var fields = PublicForm.Comment(await TopicAsync(), "CSV check " + Guid.NewGuid());
        fields["ReplyWanted"] = "yes";
        fields["Email"] = "csv-person@example.com";
        await PublicForm.PostAsync(publicSite, "/have-your-say", await PublicForm.TokenAsync(publicSite, "/have-your-say"), fields);

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        // Two exports, labelled on the inbox: counts and answers without any free text, and one with comments.
        var inbox = await board.Client.GetStringAsync("/editorial/feedback");
        Assert.Contains("without free text", inbox);
        Assert.Contains("with comments", inbox);
        var plain = await board.Client.GetStringAsync("/editorial/feedback/export.csv?status=new");
        Assert.DoesNotContain(fields["Comment"], plain);
        Assert.DoesNotContain(fields["Improvement"], plain);
        Assert.DoesNotContain("comment", plain.Split('\n')[0]);
        var csv = await board.Client.GetStringAsync("/editorial/feedback/export-with-comments.csv?status=new");
        Assert.Contains(fields["Comment"], csv);
        Assert.DoesNotContain("csv-person@example.com", csv);
        Assert.DoesNotContain("csv-person@example.com", plain);
        Assert.NotEqual(HttpStatusCode.OK, (await author.Client.GetAsync("/editorial/feedback/export.csv")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await author.Client.GetAsync("/editorial/feedback/export-with-comments.csv")).StatusCode);
        var item = await ItemAsync(fields["Comment"]);
        Assert.Contains(item.Reference, plain);
        Assert.DoesNotContain("csv-person@example.com", await board.Client.GetStringAsync($"/editorial/feedback/{item.Id}"));

        var note = await board.PostFormAsync($"/editorial/feedback/{item.Id}", $"/editorial/feedback/{item.Id}/reply", new Dictionary<string, string> { ["reply"] = "Thank you, we are looking into it." });
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
        var pickup = Path.Combine(factory.DataPath, "mail-pickup");
        var eml = Assert.Single(Directory.GetFiles(pickup, "*.eml"), f => File.ReadAllText(f).Contains(item.Reference, StringComparison.Ordinal));
        Assert.Contains("csv-person@example.com", File.ReadAllText(eml));

        var bulk = await board.PostFormAsync("/editorial/feedback", "/editorial/feedback/bulk",
            [new("selected", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("bulkAction", "close")]);
        Assert.Equal(HttpStatusCode.Redirect, bulk.StatusCode);
        Assert.Equal(FeedbackStatus.Closed, (await ItemAsync(fields["Comment"])).Status);
        Assert.DoesNotContain(item.Reference, await board.Client.GetStringAsync("/editorial/feedback?status=new"));
        Assert.Equal(HttpStatusCode.BadRequest, (await board.Client.GetAsync("/editorial/feedback?from=2027-02-31")).StatusCode);
    }

    private async Task WaitForSearchAsync(string word, bool found)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<ISearchService>();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var results = await search.SearchAsync(new SearchRequest(word));
            if (results.Hits.Any(r => r.Url.StartsWith("/you-said-we-did/", StringComparison.Ordinal)) == found)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Search {(found ? "never found" : "still finds")} the entry");
    }

    private async Task<int> TopicAsync()
    {
        await factory.CreateClient().GetAsync("/");
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.Where(t => t.PlanAreaNumber == 8).Select(t => t.Id).FirstAsync();
    }

    private async Task<int> ThemeIdAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackThemes.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();
    }

    private async Task<FeedbackItem> ItemAsync(string comment)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackItems.AsNoTracking().SingleAsync(i => i.Comment == comment);
    }

    private static void AssertNoSkippedHeadingLevels(string page, string html)
    {
        var levels = System.Text.RegularExpressions.Regex.Matches(html, "<h([1-6])[\\s>]").Select(m => m.Groups[1].Value[0] - '0').ToList();
        Assert.True(levels.Count > 1 && levels[0] == 1, $"{page}: headings {string.Join(",", levels)}");
        for (var i = 1; i < levels.Count; i++)
        {
            Assert.True(levels[i] <= levels[i - 1] + 1, $"{page}: heading levels {string.Join(",", levels)} skip from h{levels[i - 1]} to h{levels[i]}");
        }
    }
}
