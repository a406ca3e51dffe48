using System.Net;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Content;

/// <summary>Moving, reordering, renaming, archiving and restoring pages, as the board does it and as families then see it.</summary>
public class PageStructureTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly Guid Guide = SeedKeys.ForTreePath("education/ehc-needs-assessments-and-plans");
    private static readonly Guid ShortBreaks = SeedKeys.ForTreePath("short-breaks");
    private static readonly Guid HelpAndAdvice = SeedKeys.ForTreePath("help-and-advice");

    [Fact]
    public async Task The_move_form_offers_only_places_that_can_hold_the_page_and_refuses_the_others_with_a_400()
    {
        var board = await SignedInAsync(Accounts.Board);
        var glossary = SeedKeys.ForTreePath("help-and-advice/glossary");
        var guidePart = SeedKeys.ForTreePath("education/ehc-needs-assessments-and-plans/annual-reviews");

        var form = await board.Client.GetStringAsync($"/editorial/content/{glossary}/move");
        Assert.Contains($"value=\"{ShortBreaks}\"", form);
        Assert.DoesNotContain($"value=\"{Guide}\"", form);
        Assert.DoesNotContain($"value=\"{glossary}\"", form);
        Assert.DoesNotContain($"value=\"{HelpAndAdvice}\"", form);

        var underGuide = await PostMoveAsync(board, glossary, Guide);
        Assert.Equal(HttpStatusCode.BadRequest, underGuide.StatusCode);
        Assert.Contains("A glossary cannot go beneath a guide.", await underGuide.Content.ReadAsStringAsync());

        var guidePartElsewhere = await PostMoveAsync(board, guidePart, ShortBreaks);
        Assert.Equal(HttpStatusCode.BadRequest, guidePartElsewhere.StatusCode);
        Assert.Contains("A guide part cannot go beneath a section landing page.", await guidePartElsewhere.Content.ReadAsStringAsync());

        var beneathItself = await PostMoveAsync(board, ShortBreaks, SeedKeys.ForTreePath("short-breaks/what-short-breaks-are"));
        Assert.Equal(HttpStatusCode.BadRequest, beneathItself.StatusCode);
        Assert.Contains("beneath itself", await beneathItself.Content.ReadAsStringAsync());

        var nothingChosen = await board.PostFormAsync($"/editorial/content/{glossary}/move", $"/editorial/content/{glossary}/move", new Dictionary<string, string> { ["NewParent"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, nothingChosen.StatusCode);
        Assert.Contains("Select where the page should go", await nothingChosen.Content.ReadAsStringAsync());

        var publicSite = factory.CreateNonRedirectingClient();
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/help-and-advice/glossary")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/short-breaks")).StatusCode);
    }

    [Fact]
    public async Task Moving_a_published_guide_301s_its_old_address_and_its_parts_old_addresses_without_chains()
    {
        var board = await SignedInAsync(Accounts.Board);
        var publicSite = factory.CreateNonRedirectingClient();
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/education/ehc-needs-assessments-and-plans/annual-reviews")).StatusCode);

        var moved = await PostMoveAsync(board, Guide, ShortBreaks);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/short-breaks/ehc-needs-assessments-and-plans")).StatusCode);
        await AssertPermanentRedirectAsync(publicSite, "/education/ehc-needs-assessments-and-plans", "/short-breaks/ehc-needs-assessments-and-plans");
        await AssertPermanentRedirectAsync(publicSite, "/education/ehc-needs-assessments-and-plans/annual-reviews", "/short-breaks/ehc-needs-assessments-and-plans/annual-reviews");
        Assert.Contains("Moved", await AuditActionsAsync(Guide));

        // Moved again: the first old address goes straight to where the guide is now.
        Assert.Equal(HttpStatusCode.Redirect, (await PostMoveAsync(board, Guide, HelpAndAdvice)).StatusCode);
        await AssertPermanentRedirectAsync(publicSite, "/education/ehc-needs-assessments-and-plans/annual-reviews", "/help-and-advice/ehc-needs-assessments-and-plans/annual-reviews");
        await AssertPermanentRedirectAsync(publicSite, "/short-breaks/ehc-needs-assessments-and-plans", "/help-and-advice/ehc-needs-assessments-and-plans");
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/help-and-advice/ehc-needs-assessments-and-plans/annual-reviews")).StatusCode);
    }

    [Fact]
    public async Task Changing_a_published_pages_url_redirects_the_old_one_and_bad_urls_get_a_400_with_the_text_kept()
    {
        var board = await SignedInAsync(Accounts.Board);
        var page = SeedKeys.ForTreePath("money-and-personal-budgets/direct-payments");
        var publicSite = factory.CreateNonRedirectingClient();

        var invalid = await PostUrlAsync(board, page, "Direct Payments!");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var invalidHtml = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", invalidHtml);
        Assert.Contains("Use only lower-case letters, numbers and single hyphens", invalidHtml);
        Assert.Contains("value=\"Direct Payments!\"", invalidHtml);

        var taken = await PostUrlAsync(board, page, "personal-budgets");
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("There is already a page at /money-and-personal-budgets/personal-budgets", await taken.Content.ReadAsStringAsync());

        var renamed = await PostUrlAsync(board, page, "direct-payments-explained");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/money-and-personal-budgets/direct-payments-explained")).StatusCode);
        await AssertPermanentRedirectAsync(publicSite, "/money-and-personal-budgets/direct-payments", "/money-and-personal-budgets/direct-payments-explained");
        Assert.Contains("URL changed", await AuditActionsAsync(page));
    }

    [Fact]
    public async Task Moving_a_page_up_changes_the_order_families_see_at_once()
    {
        var board = await SignedInAsync(Accounts.Board);
        var section = SeedKeys.ForTreePath("health-and-care");
        var before = ChildNames(section);
        var last = before[^1];
        var lastKey = factory.Services.GetRequiredService<IPublishedContentCache>().Current.Pages.Single(p => p.Name == last && p.ParentKey == section).Key;

        var response = await board.PostFormAsync($"/editorial/content/{lastKey}", $"/editorial/content/{lastKey}/move-up", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = ChildNames(section);
        Assert.Equal(before[^2], after[^1]);
        Assert.Equal(last, after[^2]);
        Assert.Contains("Reordered", await AuditActionsAsync(lastKey));

        var backDown = await board.PostFormAsync($"/editorial/content/{lastKey}", $"/editorial/content/{lastKey}/move-down", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, backDown.StatusCode);
        var atEnd = await board.PostFormAsync($"/editorial/content/{lastKey}", $"/editorial/content/{lastKey}/move-down", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, atEnd.StatusCode);
        Assert.Contains("already last", await atEnd.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Archiving_takes_a_section_off_the_site_and_restoring_brings_it_back_as_drafts()
    {
        var board = await SignedInAsync(Accounts.Board);
        var section = SeedKeys.ForTreePath("get-involved");
        var child = SeedKeys.ForTreePath("get-involved/parent-carer-forum");
        var separatelyArchived = SeedKeys.ForTreePath("get-involved/improving-send");
        var publicSite = factory.CreateNonRedirectingClient();
        Assert.Equal(HttpStatusCode.OK, (await publicSite.GetAsync("/get-involved/parent-carer-forum")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await PostArchiveAsync(board, separatelyArchived)).StatusCode);
        var archived = await PostArchiveAsync(board, section);

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync("/get-involved")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync("/get-involved/parent-carer-forum")).StatusCode);
        var tree = await board.Client.GetStringAsync("/editorial/content");
        Assert.DoesNotContain($"/editorial/content/{section}\"", tree);
        Assert.DoesNotContain($"/editorial/content/{child}\"", tree);
        var archivedList = await board.Client.GetStringAsync("/editorial/content/archived");
        Assert.Contains($"/editorial/content/{section}/restore", archivedList);
        Assert.Contains($"/editorial/content/{separatelyArchived}/restore", archivedList);

        var addBeneath = await board.PostFormAsync($"/editorial/content/new?parent={section}", "/editorial/content/new", new Dictionary<string, string>
        {
            ["Parent"] = section.ToString(),
            ["DocumentType"] = "contentPage",
            ["Name"] = "Into the archive",
            ["Summary"] = "Should not be created.",
        });
        Assert.Equal(HttpStatusCode.BadRequest, addBeneath.StatusCode);
        Assert.Contains("This page is archived. Restore it before adding pages beneath it.", await addBeneath.Content.ReadAsStringAsync());

        // The page archived on its own cannot come back while the section it was in is archived.
        var refused = await board.PostFormAsync("/editorial/content/archived", $"/editorial/content/{separatelyArchived}/restore", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.Contains("govuk-error-summary", refusedHtml);
        Assert.Contains("is archived too. Restore that page first.", refusedHtml);

        var restored = await board.PostFormAsync("/editorial/content/archived", $"/editorial/content/{section}/restore", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await publicSite.GetAsync("/get-involved/parent-carer-forum")).StatusCode);
        var treeAfter = await board.Client.GetStringAsync("/editorial/content");
        var sectionAfter = await board.Client.GetStringAsync($"/editorial/content?under={section}");
        Assert.Contains($"/editorial/content/{section}\"", treeAfter);
        Assert.Contains($"/editorial/content/{child}\"", sectionAfter);
        Assert.DoesNotContain($"/editorial/content/{separatelyArchived}\"", sectionAfter);
        Assert.Contains("Draft", await board.Client.GetStringAsync($"/editorial/content/{child}"));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var latest = await db.ContentVersions.Where(v => v.NodeKey == child).OrderByDescending(v => v.Number).FirstAsync();
            Assert.Equal(WorkflowState.Draft, latest.Review.State);
            Assert.Null((await db.ContentNodes.SingleAsync(n => n.Key == child)).PublishedVersionId);
        }

        Assert.Contains("Archived", await AuditActionsAsync(section));
        Assert.Contains("Restored", await AuditActionsAsync(child));
    }

    [Fact]
    public async Task An_author_gets_403_on_moving_renaming_archiving_and_restoring()
    {
        var author = await SignedInAsync(Accounts.Author);
        var page = SeedKeys.ForTreePath("education/travel-to-school");

        var responses = new[]
        {
            await author.Client.GetAsync($"/editorial/content/{page}/archive"),
            await author.PostFormAsync("/editorial", $"/editorial/content/{page}/archive", new Dictionary<string, string>()),
            await author.PostFormAsync("/editorial", $"/editorial/content/{page}/restore", new Dictionary<string, string>()),
            await author.Client.GetAsync($"/editorial/content/{page}/move"),
            await author.PostFormAsync("/editorial", $"/editorial/content/{page}/move", new Dictionary<string, string> { ["NewParent"] = ShortBreaks.ToString() }),
            await author.PostFormAsync("/editorial", $"/editorial/content/{page}/move-up", new Dictionary<string, string>()),
            await author.PostFormAsync("/editorial", $"/editorial/content/{page}/url", new Dictionary<string, string> { ["UrlSegment"] = "school-travel" }),
            await author.Client.GetAsync("/editorial/content/archived"),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/editorial/access-denied", response.Headers.Location!.AbsolutePath);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await author.Client.GetAsync("/editorial/access-denied")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateNonRedirectingClient().GetAsync("/education/travel-to-school")).StatusCode);
    }

    private IReadOnlyList<string> ChildNames(Guid key)
    {
        var snapshot = factory.Services.GetRequiredService<IPublishedContentCache>().Current;
        return [.. snapshot.ChildrenOf(snapshot.FindByKey(key)!).Select(p => p.Name)];
    }

    private static Task<HttpResponseMessage> PostMoveAsync(EditorialSession session, Guid page, Guid parent) =>
        session.PostFormAsync($"/editorial/content/{page}", $"/editorial/content/{page}/move", new Dictionary<string, string> { ["NewParent"] = parent.ToString() });

    private static Task<HttpResponseMessage> PostUrlAsync(EditorialSession session, Guid page, string segment) =>
        session.PostFormAsync($"/editorial/content/{page}/url", $"/editorial/content/{page}/url", new Dictionary<string, string> { ["UrlSegment"] = segment });

    private static Task<HttpResponseMessage> PostArchiveAsync(EditorialSession session, Guid page) =>
        session.PostFormAsync($"/editorial/content/{page}/archive", $"/editorial/content/{page}/archive", new Dictionary<string, string>());

    private static async Task AssertPermanentRedirectAsync(HttpClient client, string from, string to)
    {
        var response = await client.GetAsync(from);
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    private async Task<IReadOnlyList<string>> AuditActionsAsync(Guid key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.Where(e => e.Capability == AuditCapability.Page && e.ItemKey == AuditSubject.Key(key)).Select(e => e.Action.Label()).ToListAsync();
    }

    private async Task<EditorialSession> SignedInAsync((string Email, string Password) account)
    {
        var session = EditorialSession.Open(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(account.Email, account.Password)).StatusCode);
        return session;
    }
}

/// <summary>The demo accounts seeded in Development.</summary>
file static class Accounts
{
    public static readonly (string Email, string Password) Author = ("author@local-offer.test", "author-development-only");
    public static readonly (string Email, string Password) Board = ("board@local-offer.test", "board-development-only");
    public static readonly (string Email, string Password) Admin = ("admin@local-offer.test", "admin-development-only");
}
