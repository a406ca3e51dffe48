using System.Net;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Notifications;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>"Checked by the provider on", the 6- and 12-month rule, and hiding listings nobody checks.</summary>
public sealed class ServiceFreshnessTests : IAsyncLifetime
{
    private const string Board = "board@local-offer.test";
    private readonly RestartableSiteFactory.SiteData data = new();
    private readonly AdjustableClock clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_service_says_when_its_provider_checked_it_warns_past_6_months_and_the_board_hears_past_12_once()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        var service = await RealServiceAsync(site);
        var client = site.CreateClient();
        var page = await client.GetStringAsync($"/directory/{service.Slug}");
        Assert.Contains($"Checked by the provider on {Date(service.CheckedOn)}", page);
        Assert.DoesNotContain("This information may be out of date", page);

        clock.Advance(TimeSpan.FromDays(190));
        Assert.Contains("This information may be out of date", await client.GetStringAsync($"/directory/{service.Slug}"));
        await RemindAndSendAsync(site);
        Assert.DoesNotContain(MailPickup.In(data.DataPath, Board), m => m.Subject == $"Not checked for over a year: {service.Name}");

        clock.Advance(TimeSpan.FromDays(190));
        await RemindAndSendAsync(site);
        await RemindAndSendAsync(site);
        Assert.Single(MailPickup.In(data.DataPath, Board), m => m.Subject == $"Not checked for over a year: {service.Name}");
        Assert.Contains($"href=\"/directory/{service.Slug}\"", await AllDirectoryPagesAsync(client));
    }

    [Fact]
    public async Task A_council_that_hides_unchecked_listings_leaves_them_out_of_the_directory_but_keeps_their_page()
    {
        await using var site = new RestartableSiteFactory(data, clock);
        await using var hiding = site.WithWebHostBuilder(b => b.UseSetting("LocalOffer:Directory:HideUncheckedAfterMonths", "12"));
        var service = await RealServiceAsync(hiding);
        var client = hiding.CreateClient();
        Assert.Contains($"href=\"/directory/{service.Slug}\"", await AllDirectoryPagesAsync(client));

        clock.Advance(TimeSpan.FromDays(370));

        Assert.DoesNotContain($"href=\"/directory/{service.Slug}\"", await AllDirectoryPagesAsync(client));
        var own = await client.GetAsync($"/directory/{service.Slug}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("This information may be out of date", await own.Content.ReadAsStringAsync());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await data.DisposeAsync();

    private static string Date(DateOnly day) => day.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    /// <summary>The seed's services are samples, which are never chased; this makes the first a real listing.</summary>
    private static async Task<PublishedService> RealServiceAsync(WebApplicationFactory<Program> site)
    {
        _ = site.Server;
        var first = site.Services.GetRequiredService<IPublishedDirectoryCache>().Current.Listed.First();
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        await db.DirectoryServiceVersions.Where(v => v.ServiceId == first.Id).ExecuteUpdateAsync(set => set.SetProperty(v => v.IsSample, false));
        await scope.ServiceProvider.GetRequiredService<PublishedDirectoryLoader>().RefreshAsync();
        return site.Services.GetRequiredService<IPublishedDirectoryCache>().Current.Find(first.Id)!;
    }

    private static async Task<string> AllDirectoryPagesAsync(HttpClient client)
    {
        var pages = new System.Text.StringBuilder();
        for (var number = 1; number <= 5; number++)
        {
            pages.Append(await client.GetStringAsync($"/directory?page={number}"));
        }

        return pages.ToString();
    }

    private static async Task RemindAndSendAsync(RestartableSiteFactory site)
    {
        await site.Services.GetRequiredService<ReviewReminders>().RunOnceAsync();
        await site.Services.GetRequiredService<OutboxSender>().RunOnceAsync();
    }
}
