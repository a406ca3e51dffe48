using System.Net;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Infrastructure.YouSaidWeDid;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Workflow;

/// <summary>
/// The board's promise to families, tried the ways it was walked around: words reach the public
/// only when someone who wrote none of them approves exactly the version they read.
/// </summary>
public class FourEyesTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private static readonly Editor Ann = new("board-ann", CanPublish: true);
    private static readonly Editor Ben = new("board-ben", CanPublish: true);
    private static readonly Editor Cat = new("board-cat", CanPublish: true);

    [Fact]
    public async Task A_board_member_cannot_approve_their_own_page_change_after_a_colleague_re_saves_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<ContentEditing>();
        var key = SeedKeys.ForTreePath("short-breaks/what-short-breaks-are");
        var latest = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().ContentVersions
            .Where(v => v.NodeKey == key).MaxAsync(v => v.Number);

        var annsText = await editing.SaveDraftAsync(key, latest, v => v.Summary = "Ann's own summary", Ann);
        var resaved = await editing.SaveDraftAsync(key, annsText.Value!.Number, v => v.MetaDescription = "Ben tidied the description", Ben);
        var version = new Infrastructure.Workflow.VersionRef(key, resaved.Value!.Number);
        Assert.True((await editing.SubmitAsync(version, Ben)).Succeeded);

        var ownApproval = await editing.ApproveAsync(version, resaved.Value.Number, Ann);

        Assert.Equal(EditOutcome.Refused, ownApproval.Outcome);
        Assert.Contains("you changed", ownApproval.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ann's own summary", await factory.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are"));
        Assert.True((await editing.ApproveAsync(version, resaved.Value.Number, Cat)).Succeeded);
        Assert.Contains("Ann&#x27;s own summary", await factory.CreateClient().GetStringAsync("/short-breaks/what-short-breaks-are"));
    }

    [Fact]
    public async Task A_board_member_cannot_approve_their_own_service_change_after_a_colleague_re_saves_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<DirectoryEditing>();
        var created = await editing.CreateAsync(v =>
        {
            (v.Name, v.Organisation, v.Description, v.Kind) = ("Ann's holiday club", "BCP Council", "Ann's own description.", "short-break");
            (v.MinimumAge, v.MaximumAge, v.OwnerOrganisation) = (5, 18, "BCP Council");
        }, Ann);
        var serviceId = created.Value!.Id;
        var resaved = await editing.SaveDraftAsync(serviceId, 1, v => v.OpeningTimes = "Weekdays 9am to 3pm", Ben);
        var version = new Infrastructure.Workflow.VersionRef(serviceId, resaved.Value!.Number);
        Assert.True((await editing.SubmitAsync(version, Ben)).Succeeded);

        var ownApproval = await editing.ApproveAsync(version, resaved.Value.Number, Ann);

        Assert.Equal(EditOutcome.Refused, ownApproval.Outcome);
        Assert.Contains("you changed", ownApproval.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.True((await editing.ApproveAsync(version, resaved.Value.Number, Cat)).Succeeded);
    }

    [Fact]
    public async Task A_board_member_cannot_approve_their_own_plan_status_change_after_a_colleague_re_saves_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<StatusChangeEditing>();
        var actionRef = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PlanActions.Select(a => a.Ref).FirstAsync();

        var drafted = await editing.DraftAsync(actionRef, new StatusChangeDraft(ActionStatus.OnTrack, "Ann's commentary.", "Board minutes", null), Ann);
        var resaved = await editing.UpdateAsync(drafted.Value!.Id, new StatusChangeDraft(ActionStatus.OnTrack, "Ann's commentary, tidied by Ben.", "Board minutes", null), Ben);
        Assert.True((await editing.SubmitAsync(drafted.Value.Id, Ben)).Succeeded);

        var ownApproval = await editing.ApproveAsync(drafted.Value.Id, resaved.Value!.Review.Revision, Ann);

        Assert.Equal(EditOutcome.Refused, ownApproval.Outcome);
        Assert.Contains("you changed", ownApproval.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.True((await editing.ApproveAsync(drafted.Value.Id, resaved.Value.Review.Revision, Cat)).Succeeded);
    }

    [Fact]
    public async Task A_board_member_cannot_publish_their_own_quarterly_report_after_a_colleague_re_saves_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<QuarterlyReportEditing>();

        var drafted = await editing.DraftAsync("Ann's quarter", "Ann's summary of the quarter.", Ann);
        var resaved = await editing.UpdateAsync(drafted.Value!.Id, "Ann's quarter", "Ann's summary of the quarter, tidied by Ben.", Ben);
        Assert.True((await editing.SubmitAsync(drafted.Value.Id, Ben)).Succeeded);

        var ownApproval = await editing.ApproveAsync(drafted.Value.Id, resaved.Value!.Review.Revision, Ann);

        Assert.Equal(EditOutcome.Refused, ownApproval.Outcome);
        Assert.Contains("you changed", ownApproval.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_board_member_cannot_approve_their_own_you_said_we_did_entry_after_a_colleague_re_saves_it()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<YouSaidWeDidEditing>();

        var drafted = await editing.DraftAsync(Entry("Ann wrote what families said."), Ann);
        var resaved = await editing.UpdateAsync(drafted.Value!.Id, Entry("Ann wrote what families said; Ben fixed a typo."), Ben);
        Assert.True((await editing.SubmitAsync(drafted.Value.Id, Ben)).Succeeded);

        var ownApproval = await editing.ApproveAsync(drafted.Value.Id, resaved.Value!.Review.Revision, Ann);

        Assert.Equal(EditOutcome.Refused, ownApproval.Outcome);
        Assert.Contains("you changed", ownApproval.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_submitter_cannot_request_changes_on_their_own_submission_to_rewrite_it_under_the_reviewer()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<YouSaidWeDidEditing>();
        var drafted = await editing.DraftAsync(Entry("Families said the forms were long."), Ann);
        Assert.True((await editing.SubmitAsync(drafted.Value!.Id, Ann)).Succeeded);

        var own = await editing.RequestChangesAsync(drafted.Value.Id, Ann, "I will add something after all");

        Assert.Equal(EditOutcome.Refused, own.Outcome);
        Assert.Equal(EditOutcome.Refused, (await editing.UpdateAsync(drafted.Value.Id, Entry("Something the reviewer never read."), Ann)).Outcome);
    }

    [Fact]
    public async Task An_approval_of_a_plan_change_that_changed_after_the_reviewer_opened_it_is_refused_as_a_conflict()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<StatusChangeEditing>();
        var actionRef = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PlanActions.OrderBy(a => a.Ref).Select(a => a.Ref).Skip(1).FirstAsync();
        var drafted = await editing.DraftAsync(actionRef, new StatusChangeDraft(ActionStatus.OnTrack, "What the reviewer read.", "Board minutes", null), Ann);
        await editing.SubmitAsync(drafted.Value!.Id, Ann);
        var read = drafted.Value.Review.Revision;

        // Ben returns it, Ann rewrites and resubmits while Cat still has the first text open.
        await editing.RequestChangesAsync(drafted.Value.Id, Ben, "Say which board");
        await editing.UpdateAsync(drafted.Value.Id, new StatusChangeDraft(ActionStatus.Complete, "Words nobody reviewed.", "Board minutes", null), Ann);
        await editing.SubmitAsync(drafted.Value.Id, Ann);
        var approval = await editing.ApproveAsync(drafted.Value.Id, read, Cat);

        Assert.Equal(EditOutcome.Conflict, approval.Outcome);
        Assert.Contains("changed after you opened it", approval.Reason);
        Assert.DoesNotContain("Words nobody reviewed.", await factory.CreateClient().GetStringAsync($"/improvement-plan/actions/{actionRef.ToLowerInvariant()}"));
    }

    [Fact]
    public async Task Every_workflow_step_is_audited_with_its_capability_and_item_so_an_items_history_can_be_listed()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var editing = scope.ServiceProvider.GetRequiredService<YouSaidWeDidEditing>();
        var drafted = await editing.DraftAsync(Entry("Families asked for a history."), Ann);
        var id = drafted.Value!.Id;
        await editing.SubmitAsync(id, Ann);
        await editing.RequestChangesAsync(id, Ben, "Say when");
        var resaved = await editing.UpdateAsync(id, Entry("Families asked for a history, in March."), Ann);
        await editing.SubmitAsync(id, Ann);
        await editing.ApproveAsync(id, resaved.Value!.Review.Revision, Ben);

        var history = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().AuditLog.AsNoTracking()
            .Where(e => e.Capability == AuditCapability.YouSaidWeDid && e.ItemKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor }).ToListAsync();

        Assert.Equal(
            [(AuditAction.Created, Ann.Id), (AuditAction.Submitted, Ann.Id), (AuditAction.ChangesRequested, Ben.Id), (AuditAction.Saved, Ann.Id), (AuditAction.Submitted, Ann.Id), (AuditAction.Approved, Ben.Id)],
            history.Select(e => (e.Action, e.Actor)));
    }

    private static EntryContent Entry(string youSaid) =>
        new(youSaid, "We changed the page.", EntryOutcome.Done, null, new DateOnly(2026, 11, 1), null, null, [], [], []);
}
