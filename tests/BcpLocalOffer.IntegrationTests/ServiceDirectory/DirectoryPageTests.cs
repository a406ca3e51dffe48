using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.IntegrationTests.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>The public directory as a family uses it: filters with counts, statuses, the SEND-friendly claim, sample data.</summary>
public class DirectoryPageTests(DirectoryFactory factory) : IClassFixture<DirectoryFactory>
{
    // 33 sample services: one inactive and one defunct are not listed.
    private const int Listed = 31;

    [Fact]
    public async Task The_seed_imports_at_least_30_sample_services_with_10_short_breaks_and_a_second_import_changes_nothing()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/directory");
        Assert.Equal($"{Listed} services", page.QuerySelector("#results").Text());
        Assert.True(CountBeside(page, "kind", "short-break") >= 10);

        await using var scope = factory.Services.CreateAsyncScope();
        var seedRoot = DependencyInjection.ResolveContentSeedPath(
            scope.ServiceProvider.GetRequiredService<IOptions<LocalOfferOptions>>().Value, scope.ServiceProvider.GetRequiredService<IHostEnvironment>().ContentRootPath);
        var again = await scope.ServiceProvider.GetRequiredService<DirectorySeedImporter>().ImportAsync(seedRoot);
        Assert.Equal((0, 0), (again.Created, again.Updated));
        Assert.True(again.Unchanged >= 30);
    }

    [Fact]
    public async Task Filters_combine_and_the_count_beside_each_box_is_what_ticking_it_finds()
    {
        var client = factory.CreateClient();
        var (response, page) = await HtmlPage.GetAsync(client, "/directory?kind=short-break&age=8");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = ResultNames(page);
        Assert.Contains("Saturday Splash Club", names);
        Assert.DoesNotContain("Teen social nights", names); // 13 to 19
        Assert.DoesNotContain("Inclusive football sessions", names); // an activity, not a short break
        Assert.Equal($"{names.Count} services found", page.QuerySelector("#results").Text());
        Assert.True(page.QuerySelector<IHtmlInputElement>("#kind")!.IsChecked);
        Assert.Equal("8", page.QuerySelector<IHtmlInputElement>("#age")!.Value);

        foreach (var locality in new[] { "bournemouth", "christchurch", "poole", "wider-dorset", "online" })
        {
            var (_, narrowed) = await HtmlPage.GetAsync(client, $"/directory?kind=short-break&age=8&locality={locality}");
            Assert.Equal(CountBeside(page, "locality", locality), ResultNames(narrowed).Count);
        }

        // Within a group any ticked term matches; a broad area of need finds its specific conditions.
        var (_, either) = await HtmlPage.GetAsync(client, "/directory?locality=christchurch&locality=wider-dorset");
        Assert.Contains("Christchurch holiday play scheme", ResultNames(either));
        Assert.Contains("Youth Adventure Weekends", ResultNames(either));
        var (_, broad) = await HtmlPage.GetAsync(client, "/directory?need=communication-and-interaction");
        Assert.Contains("Autism-friendly cinema screenings", ResultNames(broad)); // listed under autism only
    }

    [Fact]
    public async Task No_match_says_so_and_suggests_what_to_do()
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/directory?kind=short-break&locality=online");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("0 services found", page.QuerySelector("#results").Text());
        Assert.Contains("No service matches all of your choices", page.Body!.TextContent);
    }

    [Fact]
    public async Task Filters_that_make_no_sense_are_a_400_with_an_error_summary_and_what_was_typed_kept()
    {
        var (response, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/directory?age=eight&kind=castle&locality=poole&page=abc");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = page.QuerySelector(".govuk-error-summary").Text();
        Assert.Contains("Enter an age in whole years", summary);
        Assert.Contains("Choose kinds of service from the list", summary);
        Assert.Contains("Choose a page of results", summary);
        Assert.Equal("eight", page.QuerySelector<IHtmlInputElement>("#age")!.Value);
        Assert.True(page.QuerySelectorAll<IHtmlInputElement>("input[name=locality]").Single(i => i.Value == "poole").IsChecked);
        Assert.StartsWith("Error:", page.Title);
    }

    [Fact]
    public async Task Results_come_twenty_to_a_page_with_links_that_keep_the_filters()
    {
        var client = factory.CreateClient();
        var (_, first) = await HtmlPage.GetAsync(client, "/directory");
        Assert.Equal(20, ResultNames(first).Count);
        Assert.Contains("Page 1 of 2", first.Body!.TextContent);
        var (_, second) = await HtmlPage.GetAsync(client, "/directory?page=2");
        Assert.Equal(Listed - 20, ResultNames(second).Count);
        Assert.Empty(ResultNames(first).Intersect(ResultNames(second)));

        var (_, filtered) = await HtmlPage.GetAsync(client, "/directory?cost=free&cost=paid");
        if (filtered.QuerySelector(".govuk-pagination__next a") is { } next)
        {
            Assert.Equal("/directory?cost=free&cost=paid&page=2", next.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task A_temporarily_closed_service_is_listed_and_says_so_but_inactive_and_closed_ones_are_not_listed()
    {
        var client = factory.CreateClient();
        var (_, all) = await HtmlPage.GetAsync(client, "/directory?kind=short-break&kind=support-group&page=1");
        var names = ResultNames(all);
        Assert.Contains("Teen social nights", names);
        Assert.DoesNotContain("Little steps toddler group", names);
        Assert.DoesNotContain("Saturday drama club (closed)", names);

        var (open, closedForNow) = await HtmlPage.GetAsync(client, "/directory/teen-social-nights");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("temporarily closed", closedForNow.QuerySelector(".govuk-inset-text").Text());

        var (inactive, notRunning) = await HtmlPage.GetAsync(client, "/directory/down-syndrome-toddlers");
        Assert.Equal(HttpStatusCode.OK, inactive.StatusCode);
        Assert.Contains("not running at the moment", notRunning.QuerySelector(".govuk-inset-text").Text());

        var (defunct, gone) = await HtmlPage.GetAsync(client, "/directory/saturday-drama-club");
        Assert.Equal(HttpStatusCode.Gone, defunct.StatusCode);
        Assert.Contains("closed", gone.QuerySelector(".govuk-inset-text").Text());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/directory/no-such-service")).StatusCode);
        var moved = await factory.CreateNonRedirectingClient().GetAsync("/directory/Saturday-Splash-Club");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
    }

    [Fact]
    public async Task The_send_friendly_claim_shows_only_with_complete_evidence_checked_in_the_last_twelve_months()
    {
        var client = factory.CreateClient();
        var (_, fresh) = await HtmlPage.GetAsync(client, "/directory/saturday-splash-club");
        Assert.Contains("SEND-friendly: checked", fresh.QuerySelector("#send-friendly").Text());
        Assert.Contains("Team Teach", fresh.QuerySelector("#send-friendly").Text());
        Assert.Contains("14 September 2026", fresh.QuerySelector("#send-friendly").Text());

        var (_, stale) = await HtmlPage.GetAsync(client, "/directory/youth-adventure-weekends"); // checked June 2025
        Assert.Null(stale.QuerySelector("#send-friendly"));
        Assert.DoesNotContain("SEND-friendly", stale.Body!.TextContent);
        var (_, incomplete) = await HtmlPage.GetAsync(client, "/directory/horse-riding-for-disabled"); // nobody named as the checker
        Assert.Null(incomplete.QuerySelector("#send-friendly"));

        // The list says the same as the pages.
        var (_, list) = await HtmlPage.GetAsync(client, "/directory?kind=short-break&locality=wider-dorset");
        Assert.DoesNotContain("SEND-friendly", list.QuerySelector(".app-directory-results").Text());

        // Fourteen months on, the September 2026 check has gone stale too.
        factory.Clock.Advance(TimeSpan.FromDays(425));
        try
        {
            var (_, later) = await HtmlPage.GetAsync(client, "/directory/saturday-splash-club");
            Assert.Null(later.QuerySelector("#send-friendly"));
        }
        finally
        {
            factory.Clock.Advance(TimeSpan.FromDays(-425));
        }
    }

    [Fact]
    public async Task Sample_services_are_marked_as_sample_data_on_the_directory_and_on_their_pages()
    {
        var client = factory.CreateClient();
        var (_, list) = await HtmlPage.GetAsync(client, "/directory");
        Assert.Contains("Sample data", list.QuerySelector(".govuk-warning-text").Text());
        Assert.All(list.QuerySelectorAll(".app-directory-result"), result => Assert.Contains("Sample data", result.TextContent));
        var (_, service) = await HtmlPage.GetAsync(client, "/directory/sendiass-advice-line");
        Assert.Contains("not a real service", service.QuerySelector(".govuk-warning-text").Text());
    }

    [Fact]
    public async Task The_short_breaks_page_links_to_the_directory_filtered_to_short_breaks()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/short-breaks");
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/directory?kind=short-break");
    }

    [Fact]
    public async Task The_directory_service_pages_and_the_api_read_the_published_directory_without_querying_the_database()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/directory");
        var before = factory.DatabaseCommands.Count;
        foreach (var path in new[] { "/directory", "/directory?kind=short-break&need=autism&age=9", "/directory/saturday-splash-club", "/openreferral/services?page=1", "/openreferral/taxonomies" })
        {
            (await client.GetAsync(path)).Dispose();
        }

        Assert.Equal(before, factory.DatabaseCommands.Count);
    }

    [Fact]
    public async Task Sample_services_are_not_in_the_site_search()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateClient();
        Assert.DoesNotContain((await SearchApi.GetAsync(client, "Saturday Splash Club")).Results, r => r.Url.StartsWith("/directory/", StringComparison.Ordinal));
        Assert.DoesNotContain((await SearchApi.GetAsync(client, "speech and language therapy")).Results, r => r.Url.StartsWith("/directory/", StringComparison.Ordinal));
    }

    private static List<string> ResultNames(IDocument page) =>
        [.. page.QuerySelectorAll(".app-directory-result h3").Select(h => h.Text())];

    private static int CountBeside(IDocument page, string group, string term)
    {
        var box = page.QuerySelectorAll<IHtmlInputElement>($"input[name={group}]").Single(i => i.Value == term);
        var label = page.QuerySelector($"label[for={box.Id}]").Text();
        return int.Parse(System.Text.RegularExpressions.Regex.Match(label, @"\((\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
