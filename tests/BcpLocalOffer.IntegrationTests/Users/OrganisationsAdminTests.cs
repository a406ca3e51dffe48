using System.Net;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.IntegrationTests.Users;

/// <summary>The partner organisations list: seeded from the content seed once, then kept by administrators.</summary>
public class OrganisationsAdminTests(DevelopmentFactory factory) : IClassFixture<DevelopmentFactory>
{
    private static readonly Guid ShortBreaks = SeedKeys.ForTreePath("short-breaks");

    [Fact]
    public async Task The_list_starts_as_the_content_seeds_organisations_and_seeding_again_changes_nothing()
    {
        var seedFile = ContentSeedReader.ReadOrganisations(DependencyInjection.ResolveContentSeedPath(
            factory.Services.GetRequiredService<IOptions<LocalOfferOptions>>().Value,
            factory.Services.GetRequiredService<IHostEnvironment>().ContentRootPath));
        Assert.Contains("NHS Dorset", seedFile);
        await using var scope = factory.Services.CreateAsyncScope();
        var organisations = scope.ServiceProvider.GetRequiredService<PartnerOrganisations>();
        var names = (await organisations.ListAsync()).Select(o => o.Name).ToList();

        Assert.Subset(names.ToHashSet(), seedFile.ToHashSet());
        Assert.Equal(0, await organisations.SeedAsync(seedFile));
        Assert.Equal(names.Count, (await organisations.ListAsync()).Count);
        var admin = await AdminAsync();
        var page = await admin.Client.GetStringAsync("/editorial/organisations");
        Assert.Contains("Parent Carers Together", page);
    }

    [Fact]
    public async Task An_added_organisation_is_offered_as_a_page_owner_and_as_an_authors_organisation()
    {
        var admin = await AdminAsync();

        var added = await admin.PostFormAsync("/editorial/organisations", "/editorial/organisations", new Dictionary<string, string> { ["Name"] = "  Dorset Wheelchair Service " });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        // Only the board chooses a page's owner, so the board's edit form is where it is offered.
        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        Assert.Contains("<option value=\"Dorset Wheelchair Service\"", await board.Client.GetStringAsync($"/editorial/content/{ShortBreaks}/edit"));
        Assert.Contains("<option value=\"Dorset Wheelchair Service\"", await admin.Client.GetStringAsync("/editorial/users/new"));
        var duplicate = await admin.PostFormAsync("/editorial/organisations", "/editorial/organisations", new Dictionary<string, string> { ["Name"] = "dorset wheelchair service" });
        Assert.Equal(HttpStatusCode.BadRequest, duplicate.StatusCode);
        Assert.Contains("There is already an organisation called Dorset Wheelchair Service", await duplicate.Content.ReadAsStringAsync());
        var empty = await admin.PostFormAsync("/editorial/organisations", "/editorial/organisations", new Dictionary<string, string> { ["Name"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("Enter the organisation’s name", System.Net.WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Retiring_is_refused_while_pages_or_accounts_use_the_organisation_and_a_retired_one_is_no_longer_offered()
    {
        var admin = await AdminAsync();
        var inUse = await IdAsync("BCP Council SEND Service");

        var refused = await admin.PostFormAsync("/editorial/organisations", $"/editorial/organisations/{inUse}/retire", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var reason = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("BCP Council SEND Service cannot be retired while", reason);
        Assert.Contains("pages and", reason);

        await admin.PostFormAsync("/editorial/organisations", "/editorial/organisations", new Dictionary<string, string> { ["Name"] = "Short-lived Partnership" });
        var unused = await IdAsync("Short-lived Partnership");
        var retired = await admin.PostFormAsync("/editorial/organisations", $"/editorial/organisations/{unused}/retire", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        Assert.DoesNotContain("Short-lived Partnership", await board.Client.GetStringAsync($"/editorial/content/{ShortBreaks}/edit"));
        Assert.Contains("Retired", await admin.Client.GetStringAsync("/editorial/organisations"));

        var restored = await admin.PostFormAsync("/editorial/organisations", $"/editorial/organisations/{unused}/restore", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Short-lived Partnership", await board.Client.GetStringAsync($"/editorial/content/{ShortBreaks}/edit"));
    }

    private async Task<EditorialSession> AdminAsync() =>
        await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.Administrator));

    private async Task<int> IdAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().PartnerOrganisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync();
    }
}
