using System.Net;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.Notifications;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>"Report something wrong with this service", from the family's form to the owner, the inbox and the yearly report.</summary>
public sealed class ServiceReportTests(FeedbackFactory factory) : IClassFixture<FeedbackFactory>
{
    [Fact]
    public async Task A_report_lands_in_the_inbox_linked_to_the_service_reaches_its_owner_and_provider_without_the_familys_words_and_counts_when_fixed()
    {
        var service = Service();
        var owner = await TestAccounts.CreateAsync(factory, EditorialRoles.Author, service.OwnerOrganisation);
        var provider = await TestAccounts.CreateAsync(factory, EditorialRoles.Provider, "", provides: [service.Organisation]);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Contains($"href=\"/directory/{service.Slug}/report\"", await client.GetStringAsync($"/directory/{service.Slug}"));

        var token = await PublicForm.TokenAsync(client, $"/directory/{service.Slug}/report");
        var sent = await PublicForm.PostAsync(client, $"/directory/{service.Slug}/report", token, new Dictionary<string, string>
        {
            ["Problem"] = "wrong-contact-details",
            ["Detail"] = "The phone number rings a fax machine. I am Jo Bloggs.",
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith("/page-feedback/sent", sent.Headers.Location!.OriginalString);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var report = await db.FeedbackItems.AsNoTracking().SingleAsync(i => i.Kind == FeedbackKind.ServiceReport && i.ServiceId == service.Id && i.Comment!.Contains("fax machine"));
        Assert.Equal(ServiceProblem.WrongContactDetails, report.ServiceProblem);
        Assert.Equal(FeedbackStatus.New, report.Status);

        await factory.Services.GetRequiredService<OutboxSender>().RunOnceAsync();
        var email = Assert.Single(MailPickup.To(factory, owner));
        Assert.True(email.Subject.Contains(service.Name, StringComparison.Ordinal), email.Subject);
        Assert.Contains("The contact details are wrong", email.Body);
        Assert.DoesNotContain("Jo Bloggs", email.Body);
        Assert.DoesNotContain("fax", email.Body);
        var toProvider = Assert.Single(MailPickup.To(factory, provider));
        Assert.Equal(email.Subject, toProvider.Subject);
        Assert.DoesNotContain("fax", toProvider.Body);

        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        var inbox = await board.Client.GetStringAsync($"/editorial/feedback/{report.Id}");
        Assert.Contains("The contact details are wrong", inbox);
        var closed = await board.PostFormAsync($"/editorial/feedback/{report.Id}", $"/editorial/feedback/{report.Id}/status",
            new Dictionary<string, string> { ["status"] = "closed", ["fixedBy"] = "Version 2 of the service has the right number" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal("Version 2 of the service has the right number", (await db.FeedbackItems.AsNoTracking().SingleAsync(i => i.Id == report.Id)).FixedBy);

        var year = report.ReceivedAtUtc.Year;
        var annual = await client.GetAsync($"/you-said-we-did/annual/{year}");
        if (annual.StatusCode == HttpStatusCode.OK)
        {
            Assert.Matches(@"We have fixed [1-9]\d* of (it|them)", System.Text.RegularExpressions.Regex.Replace(await annual.Content.ReadAsStringAsync(), @"\s+", " "));
        }

        var statistics = await scope.ServiceProvider.GetRequiredService<IFeedbackStatistics>().ReportsFixedAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Assert.True(statistics.Fixed >= 1 && statistics.Received >= statistics.Fixed);
    }

    [Fact]
    public async Task A_report_with_mistakes_comes_back_as_a_400_with_its_errors_and_what_was_typed()
    {
        var service = Service();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await PublicForm.TokenAsync(client, $"/directory/{service.Slug}/report");

        var nothingChosen = await PublicForm.PostAsync(client, $"/directory/{service.Slug}/report", token, new Dictionary<string, string> { ["Detail"] = "Kept as typed" });
        Assert.Equal(HttpStatusCode.BadRequest, nothingChosen.StatusCode);
        var page = await nothingChosen.Content.ReadAsStringAsync();
        Assert.Contains("Select what is wrong with the service", page);
        Assert.Contains("Kept as typed", page);

        var somethingElse = await PublicForm.PostAsync(client, $"/directory/{service.Slug}/report", token, new Dictionary<string, string> { ["Problem"] = "something-else" });
        Assert.Equal(HttpStatusCode.BadRequest, somethingElse.StatusCode);
        Assert.Contains("Tell us what is wrong", await somethingElse.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/directory/no-such-service/report")).StatusCode);
        var otherService = factory.Services.GetRequiredService<IPublishedDirectoryCache>().Current.Listed.First(s => s.Slug != service.Slug);
        var wrongForm = await PublicForm.PostAsync(client, $"/directory/{otherService.Slug}/report", token, new Dictionary<string, string> { ["Problem"] = "closed" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongForm.StatusCode);
    }

    private PublishedService Service()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<IPublishedDirectoryCache>().Current.Listed.First();
    }
}
