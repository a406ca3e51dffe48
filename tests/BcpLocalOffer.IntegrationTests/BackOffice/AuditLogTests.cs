using System.Net;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.BackOffice;

public class AuditLogTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Administrators_see_who_did_what_and_can_export_it_safely_as_csv()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var key = SeedKeys.ForTreePath("help-and-advice/sendiass");
            await scope.ServiceProvider.GetRequiredService<ContentEditing>()
                .SaveDraftAsync(key, 1, v => v.Summary = "=HYPERLINK(\"http://evil.example\")", new Editor("=cmd|author", CanPublish: false));
        }

        var admin = EditorialSession.Open(factory);
        await admin.SignInAsync("admin@local-offer.test", "admin-development-only");

        var page = await admin.Client.GetStringAsync("/editorial/audit");
        var csvResponse = await admin.Client.GetAsync("/editorial/audit.csv");
        var csv = await csvResponse.Content.ReadAsStringAsync();

        Assert.Contains("Saved", page);
        Assert.Contains("SENDIASS", page);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("when,who,action,about,item,version,detail\n", csv);
        Assert.Contains("\"'=cmd|author\",\"Saved\"", csv);
        Assert.DoesNotContain(",\"=", csv);
    }

    [Fact]
    public async Task Authors_cannot_read_the_audit_log()
    {
        var author = EditorialSession.Open(factory);
        await author.SignInAsync("author@local-offer.test", "author-development-only");

        foreach (var address in new[] { "/editorial/audit", "/editorial/audit.csv" })
        {
            var response = await author.Client.GetAsync(address);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/editorial/access-denied", response.Headers.Location!.AbsolutePath);
        }
    }
}
