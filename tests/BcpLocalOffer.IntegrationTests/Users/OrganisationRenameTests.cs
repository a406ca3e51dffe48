using BcpLocalOffer.Core.Publishing;
using System.Net;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Users;

/// <summary>Renaming a seeded organisation, on a site of its own so other tests still see the seeded names.</summary>
public class OrganisationRenameTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    [Fact]
    public async Task Renaming_changes_the_owner_of_its_pages_on_the_public_site_and_its_authors_organisation()
    {
        var admin = await AdminAsync();
        var author = await TestAccounts.CreateAsync(factory, EditorialRoles.Author, "NHS Dorset");
        var id = await IdAsync("NHS Dorset");
        var publicSite = factory.CreateClient();
        Assert.Contains("kept up to date by NHS Dorset", await publicSite.GetStringAsync("/health-and-care/specialist-equipment"));

        var renamed = await admin.PostFormAsync($"/editorial/organisations/{id}/rename", $"/editorial/organisations/{id}/rename",
            new Dictionary<string, string> { ["Name"] = "NHS Dorset Integrated Care Board" });

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        // Output cache eviction runs in the background; the issue allows it a second.
        Assert.True(await Search.Eventually.TrueWithinAsync(TimeSpan.FromSeconds(5), async () =>
            (await publicSite.GetStringAsync("/health-and-care/specialist-equipment")).Contains("kept up to date by NHS Dorset Integrated Care Board", StringComparison.Ordinal)));
        Assert.Equal("NHS Dorset Integrated Care Board", (await TestAccounts.FindAsync(factory, author)).Organisation);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        Assert.False(await db.ContentVersions.AnyAsync(v => v.OwnerOrganisation == "NHS Dorset"));
        Assert.Contains(await db.AuditLog.Select(e => e.Action).ToListAsync(), a => a == AuditAction.Renamed);
        var clash = await admin.PostFormAsync($"/editorial/organisations/{id}/rename", $"/editorial/organisations/{id}/rename", new Dictionary<string, string> { ["Name"] = "SENDIASS" });
        Assert.Equal(HttpStatusCode.BadRequest, clash.StatusCode);
        Assert.Contains("value=\"SENDIASS\"", await clash.Content.ReadAsStringAsync());
    }

    private async Task<EditorialSession> AdminAsync() =>
        await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

    private async Task<int> IdAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PartnerOrganisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }
}
