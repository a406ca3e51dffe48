using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>
/// The content list stays quick with thousands of pages: it opens the tree a page at a time,
/// finds pages by title, shows a hundred rows at a time, and asks the database the same few
/// questions however many pages there are.
/// </summary>
[Collection(IsolatedCollection.Name)]
public partial class ContentListTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly Guid ShortBreaks = SeedKeys.ForTreePath("short-breaks");
    private static readonly Guid WhatShortBreaksAre = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");
    private static readonly Guid Glossary = SeedKeys.ForTreePath("help-and-advice/glossary");
    private static readonly Guid AnnualReviews = SeedKeys.ForTreePath("education/ehc-needs-assessments-and-plans/annual-reviews");

    [GeneratedRegex(@"href=""/editorial/content/[0-9a-f-]{36}""")]
    private static partial Regex PageLink();

    [Fact]
    public async Task The_list_asks_the_database_the_same_number_of_questions_with_hundreds_more_pages()
    {
        var board = await SignedInAsync();
        string[] screens = ["/editorial/content", $"/editorial/content?under={ShortBreaks}", $"/editorial/content?under={Glossary}", "/editorial/content?q=reviews", $"/editorial/content?under={AnnualReviews}"];
        var before = await CommandsPerScreenAsync(board, screens);

        // As deep as the seed already goes (a page beneath a page beneath a section), so only the number of pages changes.
        await AddPagesAsync(ShortBreaks, 400, "Short break reviews");
        // The words searched for are in no page nearer the top of the tree than these, because
        // the list asks once for each level of the tree above the pages it shows.
        await AddPagesAsync(Glossary, 400, "Glossary reviews");

        // The node applies the new pages from the change feed in the background; let it finish first,
        // so only the screens' own questions are counted.
        await factory.Services.GetRequiredService<ChangeFeedFollower>().CatchUpAsync();
        var after = await CommandsPerScreenAsync(board, screens);

        Assert.Equal(before, after);

        // The list's own queries, the sign-in check every editorial request makes (the account
        // still exists, is not disabled, and its roles), which a role change relies on, and the
        // back office frame's counts (one question per kind of reviewable content).
        Assert.All(after, count => Assert.InRange(count, 1, 20));
    }

    [Fact]
    public async Task The_first_screen_shows_the_top_of_the_tree_and_each_page_opens_to_the_pages_beneath_it()
    {
        var board = await SignedInAsync();

        var top = await board.Client.GetStringAsync("/editorial/content");
        Assert.Contains($"href=\"/editorial/content/{ShortBreaks}\"", top);
        Assert.Contains($"href=\"/editorial/content?under={ShortBreaks}\"", top);
        Assert.DoesNotContain($"href=\"/editorial/content/{WhatShortBreaksAre}\"", top);

        var opened = await board.Client.GetStringAsync($"/editorial/content?under={ShortBreaks}");
        Assert.Contains($"href=\"/editorial/content/{WhatShortBreaksAre}\"", opened);
        Assert.Contains("/short-breaks/what-short-breaks-are", opened);
        Assert.Contains("govuk-breadcrumbs", opened);
        Assert.Contains("href=\"/editorial/content\"", opened);
        Assert.Contains($"Open ‘Short breaks’", opened);
    }

    [Fact]
    public async Task A_search_finds_pages_by_title_at_any_depth_and_says_when_nothing_matches()
    {
        var board = await SignedInAsync();

        var found = await board.Client.GetStringAsync("/editorial/content?q=ANNUAL+reviews");
        Assert.Contains($"href=\"/editorial/content/{AnnualReviews}\"", found);
        Assert.Contains("/education/ehc-needs-assessments-and-plans/annual-reviews", found);
        Assert.Contains("value=\"ANNUAL reviews\"", found);

        var nothing = await board.Client.GetStringAsync("/editorial/content?q=xylophone+lessons");
        Assert.Contains("No page has ‘xylophone lessons’ in its title", nothing);
    }

    [Fact]
    public async Task A_page_with_more_than_a_hundred_pages_beneath_it_is_shown_a_hundred_at_a_time()
    {
        var parent = await AddSectionAsync("Many services");
        await AddPagesAsync(parent, 150, "Listed service");
        var board = await SignedInAsync();

        var first = await board.Client.GetStringAsync($"/editorial/content?under={parent}");
        var second = await board.Client.GetStringAsync($"/editorial/content?under={parent}&page=2");
        var beyond = await board.Client.GetStringAsync($"/editorial/content?under={parent}&page=99");
        var mangled = await board.Client.GetAsync($"/editorial/content?under={parent}&page=two");

        Assert.Equal(1 + 100, PageLink().Count(first));
        Assert.Contains("150 pages beneath Many services, 1 to 100 shown", first);
        Assert.Contains($"href=\"/editorial/content?under={parent}&amp;page=2\"", first);
        Assert.Equal(1 + 50, PageLink().Count(second));
        Assert.Contains("101 to 150 shown", second);
        Assert.Contains("101 to 150 shown", beyond);
        Assert.Equal(HttpStatusCode.OK, mangled.StatusCode);
        Assert.Contains("1 to 100 shown", await mangled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Archived_pages_are_left_out_of_the_tree_but_a_search_finds_them_marked_archived()
    {
        var section = await AddSectionAsync("Closed scheme");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            (await db.ContentNodes.SingleAsync(n => n.Key == section)).ArchivedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }

        var board = await SignedInAsync();

        Assert.DoesNotContain($"/editorial/content/{section}\"", await board.Client.GetStringAsync("/editorial/content"));
        Assert.Equal(HttpStatusCode.NotFound, (await board.Client.GetAsync($"/editorial/content?under={section}")).StatusCode);
        var found = await board.Client.GetStringAsync("/editorial/content?q=closed+scheme");
        Assert.Contains($"/editorial/content/{section}\"", found);
        Assert.Contains(">Archived<", found);
    }

    [Fact]
    public async Task A_search_too_long_is_refused_with_a_400_and_an_error_summary_keeping_the_text()
    {
        var board = await SignedInAsync();
        var typed = new string('a', 101);

        var refused = await board.Client.GetAsync($"/editorial/content?q={typed}");
        var html = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("govuk-error-summary", html);
        Assert.Contains("Search for 100 characters or fewer", html);
        Assert.Contains($"value=\"{typed}\"", html);
        Assert.DoesNotContain("No page has", html);
        Assert.Equal(HttpStatusCode.NotFound, (await board.Client.GetAsync($"/editorial/content?under={Guid.NewGuid()}")).StatusCode);
    }

    private async Task<List<int>> CommandsPerScreenAsync(EditorialSession session, IEnumerable<string> screens)
    {
        var counts = new List<int>();
        foreach (var screen in screens)
        {
            // Once to warm up (the first request of a session may load more than the list itself), then counted.
            (await session.Client.GetAsync(screen)).EnsureSuccessStatusCode();
            var before = factory.DatabaseCommands.Count;
            (await session.Client.GetAsync(screen)).EnsureSuccessStatusCode();
            counts.Add(factory.DatabaseCommands.Count - before);
        }

        return counts;
    }

    private async Task<Guid> AddSectionAsync(string name)
    {
        var home = SeedKeys.ForTreePath("");
        var key = Guid.NewGuid();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        db.ContentNodes.Add(Node(key, home, DocumentTypes.SectionPage, "section-" + key.ToString("N"), 1000, name));
        await db.SaveChangesAsync();
        return key;
    }

    /// <summary>Draft pages straight into the database: hundreds of form posts would only make the test slow.</summary>
    private async Task AddPagesAsync(Guid parent, int count, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var prefix = Guid.NewGuid().ToString("N")[..8];
        db.ContentNodes.AddRange(Enumerable.Range(1, count).Select(i => Node(Guid.NewGuid(), parent, DocumentTypes.ContentPage, $"{prefix}-{i}", 1000 + i, $"{name} {i}")));
        await db.SaveChangesAsync();
    }

    private static ContentNode Node(Guid key, Guid parent, string documentType, string segment, int sortOrder, string name) => new()
    {
        Key = key,
        ParentKey = parent,
        DocumentTypeAlias = documentType,
        UrlSegment = segment,
        SortOrder = sortOrder,
        CreatedAt = DateTimeOffset.UtcNow,
        Versions =
        [
            new ContentVersion
            {
                NodeKey = key,
                Number = 1,
                Name = name,
                Summary = "Added by a test.",
                OwnerOrganisation = "SENDIASS",
                ReviewBy = new DateOnly(2027, 1, 31),
                LastReviewed = new DateOnly(2026, 1, 31),
                CreatedAt = DateTimeOffset.UtcNow,
                CreatedBy = "test",
                Review = ReviewState.NewDraft("test"),
            },
        ],
    };

    private async Task<EditorialSession> SignedInAsync()
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync("board@local-offer.test", "board-development-only")).StatusCode);
        return session;
    }
}
