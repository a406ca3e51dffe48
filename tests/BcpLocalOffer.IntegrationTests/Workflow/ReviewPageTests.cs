using System.Net;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Workflow;

/// <summary>The one workflow panel, through the back office's forms as a reviewer uses them.</summary>
public class ReviewPageTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task The_review_page_posts_the_revision_it_showed_and_a_stale_page_gets_409_and_a_page_without_one_400()
    {
        const string author = "board@local-offer.test";
        var writer = await TestAccounts.SignedInAsync(factory, author, "board-development-only");
        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        var started = await writer.PostFormAsync("/editorial/improvement-plan/reports/new", "/editorial/improvement-plan/reports/new", new Dictionary<string, string>
        {
            ["Title"] = "A report read once",
            ["Summary"] = "The first words.",
        });
        var report = started.Headers.Location!.OriginalString.Split('?')[0];
        await writer.PostFormAsync(report, report + "/submit", new Dictionary<string, string>());
        var reviewPage = await board.Client.GetStringAsync(report);
        var revision = EditorialSession.HiddenFields(reviewPage, report + "/approve").Single(f => f.Name == "revision").Value;

        var noRevision = await board.Client.PostAsync(report + "/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(reviewPage),
        }));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var id = long.Parse(report[(report.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            var reports = scope.ServiceProvider.GetRequiredService<QuarterlyReportEditing>();
            await reports.RequestChangesAsync(id, new Editor("board-someone-else", CanPublish: true), "Add the dates");
            await reports.UpdateAsync(id, "A report read once", "Words the reviewer never saw.", new Editor(author, CanPublish: true));
            await reports.SubmitAsync(id, new Editor(author, CanPublish: true));
        }

        var stale = await board.Client.PostAsync(report + "/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["revision"] = revision,
            ["__RequestVerificationToken"] = AntiforgeryToken(reviewPage),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, noRevision.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("changed after you opened it", WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("A report read once", await factory.CreateClient().GetStringAsync("/improvement-plan/quarterly-reports"));
        Assert.Equal(HttpStatusCode.Redirect, (await board.PostFormAsync(report, report + "/approve", new Dictionary<string, string>())).StatusCode);
        Assert.Contains("A report read once", await factory.CreateClient().GetStringAsync("/improvement-plan/quarterly-reports"));
    }

    private static string AntiforgeryToken(string page) =>
        System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value is var token
            ? WebUtility.HtmlDecode(token)
            : "";

}
