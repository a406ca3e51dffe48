using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Publishing;

public class ContentEditingTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private static readonly Editor Author = new("author-account", CanPublish: false);
    private static readonly Editor Board = new("board-account", CanPublish: true);
    private static readonly Guid ShortBreaks = SeedKeys.ForTreePath("short-breaks");

    [Fact]
    public async Task An_authors_new_page_goes_live_only_after_a_board_member_approves_it()
    {
        var client = factory.CreateClient();
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();

        var created = await editing.CreatePageAsync(ShortBreaks, "contentPage", "Holiday clubs this summer", "Clubs open to disabled children in the holidays.", Author);
        var key = created.Value!.Key;
        var saved = await editing.SaveDraftAsync(key, 1, v => v.Body = "## What is on\n\nSwimming and art clubs.", Author);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/short-breaks/holiday-clubs-this-summer")).StatusCode);

        Assert.True((await editing.SubmitAsync(new(key, saved.Value!.Number), Author)).Succeeded);
        var ownApproval = await editing.ApproveAsync(new(key, saved.Value.Number), saved.Value.Number, Author);
        Assert.Equal(EditOutcome.Refused, ownApproval.Outcome);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/short-breaks/holiday-clubs-this-summer")).StatusCode);

        Assert.True((await editing.ApproveAsync(new(key, saved.Value.Number), saved.Value.Number, Board)).Succeeded);

        var page = await client.GetStringAsync("/short-breaks/holiday-clubs-this-summer");
        Assert.Contains("Swimming and art clubs.", page);
        var actions = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog
            .Where(a => a.Capability == AuditCapability.Page && a.ItemKey == AuditSubject.Key(key)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        Assert.Equal([AuditAction.Created, AuditAction.Saved, AuditAction.Submitted, AuditAction.Approved], actions);
    }

    [Fact]
    public async Task A_board_member_cannot_approve_a_change_they_wrote_themselves()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var key = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");
        var latest = await LatestNumberAsync(scope, key);

        var saved = await editing.SaveDraftAsync(key, latest, v => v.Summary = "Board member's own rewrite", Board);
        await editing.SubmitAsync(new(key, saved.Value!.Number), Board);
        var result = await editing.ApproveAsync(new(key, saved.Value.Number), saved.Value.Number, Board);

        Assert.Equal(EditOutcome.Refused, result.Outcome);
        Assert.DoesNotContain("Board member's own rewrite", await factory.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are"));
    }

    [Fact]
    public async Task Changes_requested_go_back_to_the_author_with_the_boards_comment()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var key = SeedKeys.ForTreePath("short-breaks/who-can-get-short-breaks");
        var saved = await editing.SaveDraftAsync(key, await LatestNumberAsync(scope, key), v => v.Summary = "Draft summary", Author);
        await editing.SubmitAsync(new(key, saved.Value!.Number), Author);

        var noComment = await editing.RequestChangesAsync(new(key, saved.Value.Number), Board, " ");
        var returned = await editing.RequestChangesAsync(new(key, saved.Value.Number), Board, "Please add the age range.");

        Assert.Equal(EditOutcome.Refused, noComment.Outcome);
        Assert.Equal(WorkflowState.ChangesRequested, returned.Value!.Review.State);
        Assert.Equal("Please add the age range.", returned.Value.Review.Comment);
        Assert.True((await editing.SubmitAsync(new(key, saved.Value.Number), Author)).Succeeded);
    }

    [Fact]
    public async Task A_second_editor_saving_an_older_version_is_told_of_the_conflict_and_nothing_is_overwritten()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var key = SeedKeys.ForTreePath("short-breaks/how-to-ask-for-a-short-break");
        var basedOn = await LatestNumberAsync(scope, key);

        var first = await editing.SaveDraftAsync(key, basedOn, v => v.Body = "First editor's text", Author);
        var second = await editing.SaveDraftAsync(key, basedOn, v => v.Body = "Second editor's text", Board);

        Assert.True(first.Succeeded);
        Assert.Equal(EditOutcome.Conflict, second.Outcome);
        Assert.Equal("First editor's text", second.Value!.Body);
        Assert.Equal(basedOn + 1, await LatestNumberAsync(scope, key));
    }

    [Fact]
    public async Task Rolling_back_restores_old_text_through_the_same_review()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var client = factory.CreateClient();
        var key = SeedKeys.ForTreePath("money-and-personal-budgets/personal-health-budgets");
        var original = await LatestNumberAsync(scope, key);
        var changed = await editing.SaveDraftAsync(key, original, v => v.Summary = "A summary that turned out wrong", Author);
        await editing.SubmitAsync(new(key, changed.Value!.Number), Author);
        await editing.ApproveAsync(new(key, changed.Value.Number), changed.Value.Number, Board);
        Assert.Contains("A summary that turned out wrong", await client.GetStringAsync("/money-and-personal-budgets/personal-health-budgets"));

        var rollback = await editing.RollBackAsync(key, original, Author);
        Assert.Equal(WorkflowState.Draft, rollback.Value!.Review.State);
        Assert.Contains("A summary that turned out wrong", await client.GetStringAsync("/money-and-personal-budgets/personal-health-budgets"));
        await editing.SubmitAsync(new(key, rollback.Value.Number), Author);
        await editing.ApproveAsync(new(key, rollback.Value.Number), rollback.Value.Number, Board);

        Assert.DoesNotContain("A summary that turned out wrong", await client.GetStringAsync("/money-and-personal-budgets/personal-health-budgets"));
    }

    [Fact]
    public async Task Unpublishing_takes_a_page_off_the_public_site_and_only_the_board_may_do_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var key = SeedKeys.ForTreePath("preparing-for-adulthood/supported-internships");
        var client = factory.CreateClient();

        Assert.Equal(EditOutcome.Refused, (await editing.UnpublishAsync(key, Author)).Outcome);
        Assert.True((await editing.UnpublishAsync(key, Board)).Succeeded);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/preparing-for-adulthood/supported-internships")).StatusCode);
    }

    private static Task<int> LatestNumberAsync(AsyncServiceScope scope, Guid key) =>
        scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ContentVersions.Where(v => v.NodeKey == key).MaxAsync(v => v.Number);
}
