using System.Net;
using AngleSharp.Html.Parser;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Workflow;

/// <summary>
/// Each page and service is kept by one partner organisation: its authors edit it, others propose
/// changes the board sees as theirs, and only the board moves it to another organisation.
/// </summary>
public class OwnershipTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private const string Forum = "Parent Carers Together";
    private const string SocialCare = "BCP Council Children's Social Care";
    private const string OnlyTheBoard = "Only the editorial board can change who keeps this up to date.";

    [Fact]
    public async Task An_author_edits_their_organisations_page_but_cannot_change_its_owner_and_a_board_member_can()
    {
        var key = SeedKeys.ForTreePath("get-involved/parent-carer-forum");
        var author = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author, Forum));
        var edit = $"/editorial/content/{key}/edit";
        var (_, page) = await HtmlPage.GetAsync(author.Client, edit);
        Assert.Null(page.QuerySelector("select[name=OwnerOrganisation]"));
        Assert.Contains("Only the editorial board can change who keeps this page up to date", page.Body!.TextContent);
        Assert.DoesNotContain("suggest a change", page.Body.TextContent);
        var versions = await VersionCountAsync(key);

        var moved = await PostAsync(author, edit, page, ("Summary", "The forum, moved by an author"), ("OwnerOrganisation", "SENDIASS"));

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        var refusal = await moved.Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(OnlyTheBoard), refusal);
        Assert.Contains("The forum, moved by an author", refusal);
        Assert.Equal(versions, await VersionCountAsync(key));

        var saved = await PostAsync(author, edit, page, ("Summary", "The forum, in the forum's own words"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("The forum, in the forum's own words", Forum), await LatestAsync(key));

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard, "BCP Council SEND Service"));
        var (_, boardPage) = await HtmlPage.GetAsync(board.Client, edit);
        Assert.NotNull(boardPage.QuerySelector("select[name=OwnerOrganisation]"));
        var handedOver = await PostAsync(board, edit, boardPage, ("OwnerOrganisation", "SENDIASS"));
        Assert.Equal(HttpStatusCode.Redirect, handedOver.StatusCode);
        Assert.Equal("SENDIASS", (await LatestAsync(key)).Owner);
    }

    [Fact]
    public async Task Another_organisations_author_may_propose_a_change_and_the_submission_names_everyone_who_changed_it_with_their_organisation()
    {
        var key = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");
        var visitor = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author, Forum));
        var edit = $"/editorial/content/{key}/edit";
        var (_, page) = await HtmlPage.GetAsync(visitor.Client, edit);
        Assert.Contains($"{SocialCare} keeps this page up to date, not {Forum}", page.Body!.TextContent.Replace('\u2019', '\''));
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(visitor, edit, page, ("Summary", "A proposal from the forum"))).StatusCode);

        // The owner's own author picks the draft up: before submitting they see whose words it already carries.
        var ownerAuthor = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author, SocialCare));
        var (_, ownersEdit) = await HtmlPage.GetAsync(ownerAuthor.Client, edit);
        Assert.DoesNotContain("suggest a change", ownersEdit.Body!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(ownerAuthor, edit, ownersEdit, ("MetaDescription", "What short breaks are, in brief"))).StatusCode);
        var number = await VersionCountAsync(key);
        var beforeSubmit = await ContributorsAsync(ownerAuthor, $"/editorial/content/{key}");
        Assert.Equal(2, beforeSubmit.Count);
        Assert.Contains(beforeSubmit, c => c.Contains(Forum, StringComparison.Ordinal) && c.Contains("From another organisation", StringComparison.Ordinal));
        Assert.Contains(beforeSubmit, c => c.Contains(SocialCare, StringComparison.Ordinal) && !c.Contains("From another organisation", StringComparison.Ordinal));
        var submitted = await ownerAuthor.PostFormAsync($"/editorial/content/{key}", $"/editorial/content/{key}/versions/{number}/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard, "BCP Council SEND Service"));
        Assert.Contains($"Proposal for {SocialCare}", System.Net.WebUtility.HtmlDecode(await board.Client.GetStringAsync("/editorial")));
        var review = await board.Client.GetStringAsync($"/editorial/content/{key}");
        Assert.Equal(2, (await ContributorsAsync(board, $"/editorial/content/{key}")).Count);
        Assert.Contains("One person from another organisation changed it, so this is their proposal", review);
        Assert.Contains("Approve and publish", review);
    }

    [Fact]
    public async Task An_author_proposes_a_change_to_another_organisations_service_but_cannot_change_who_keeps_it()
    {
        Guid id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            id = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().DirectoryServices.Where(s => s.Slug == "saturday-splash-club").Select(s => s.Id).SingleAsync();
        }

        var author = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Author, "SENDIASS"));
        var edit = $"/editorial/directory/{id}/edit";
        var (_, page) = await HtmlPage.GetAsync(author.Client, edit);
        Assert.Null(page.QuerySelector("input[name=OwnerOrganisation]"));
        Assert.Contains("keeps this listing up to date, not SENDIASS", page.Body!.TextContent);

        var moved = await PostAsync(author, edit, page, ("OpeningTimes", "Saturdays 9am to noon"), ("OwnerOrganisation", "SENDIASS"));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(OnlyTheBoard), await moved.Content.ReadAsStringAsync());

        var proposed = await PostAsync(author, edit, page, ("OpeningTimes", "Saturdays 9am to noon"));
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        await using var check = factory.Services.CreateAsyncScope();
        var latest = await check.ServiceProvider.GetRequiredService<LocalOfferDbContext>().DirectoryServiceVersions
            .Where(v => v.ServiceId == id).OrderByDescending(v => v.Number).FirstAsync();
        Assert.Equal(("Saturdays 9am to noon", "BCP Council Short Breaks Team"), (latest.OpeningTimes, latest.OwnerOrganisation));
        Assert.Contains(await ContributorsAsync(author, $"/editorial/directory/{id}"), c => c.Contains("From another organisation", StringComparison.Ordinal));
    }

    /// <summary>Posts the edit form as the browser would, with some fields changed or added.</summary>
    private static async Task<HttpResponseMessage> PostAsync(EditorialSession session, string action, AngleSharp.Dom.IDocument page, params (string Name, string Value)[] changes)
    {
        var fields = HtmlPage.FormFields(page);
        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields.Add(new("__RequestVerificationToken", token));
        return await session.Client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private static async Task<IReadOnlyList<string>> ContributorsAsync(EditorialSession session, string details)
    {
        var document = new HtmlParser().ParseDocument(await session.Client.GetStringAsync(details));
        return [.. document.QuerySelectorAll("[data-contributors] li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];
    }

    private async Task<int> VersionCountAsync(Guid key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ContentVersions.CountAsync(v => v.NodeKey == key);
    }

    private async Task<(string Summary, string Owner)> LatestAsync(Guid key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var latest = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ContentVersions.Where(v => v.NodeKey == key).OrderByDescending(v => v.Number).FirstAsync();
        return (latest.Summary, latest.OwnerOrganisation);
    }
}
