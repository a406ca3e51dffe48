using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Search;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// Searches that find little are kept for the editorial board, anonymously: the words (with
/// contact details taken out), the day and the count.
/// </summary>
[Collection(SearchCollection.Name)]
public class SearchQueryLogTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private static readonly TimeSpan LogWait = TimeSpan.FromSeconds(20);

    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task A_search_that_found_nothing_is_kept_with_its_words_the_day_and_a_count_of_nothing()
    {
        await factory.WaitForSearchAsync();
        var before = Today();

        await SearchOnThePageAsync("Zzqxj Wibblefrump");
        var entry = await LoggedAsync(q => q.Contains("zzqxj"));
        var after = Today();

        Assert.Equal("zzqxj wibblefrump", entry.Query);
        Assert.Equal(0, entry.ResultCount);
        Assert.InRange(entry.Date, before, after);
    }

    [Fact]
    public async Task Email_addresses_and_phone_numbers_typed_into_the_search_are_not_kept()
    {
        await factory.WaitForSearchAsync();

        await SearchOnThePageAsync("qzvbnm call jo.bloggs@example.com on 01202 123456 or 07700-900-123");
        var entry = await LoggedAsync(q => q.Contains("qzvbnm"));

        Assert.DoesNotContain("bloggs", entry.Query);
        Assert.DoesNotContain("@", entry.Query);
        Assert.DoesNotMatch(@"\d{3}", entry.Query);
        Assert.Equal("qzvbnm call [email] on [number] or [number]", entry.Query);
    }

    [Fact]
    public async Task A_search_that_found_plenty_is_not_kept()
    {
        await factory.WaitForSearchAsync();

        await SearchOnThePageAsync("direct payments");
        // Entries are written in the order searched: once a later search is in the log, an
        // earlier one would be too if it had been kept.
        await SearchOnThePageAsync("xqwzpt");
        await LoggedAsync(q => q == "xqwzpt");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        Assert.False(await db.SearchQueryLog.AnyAsync(e => e.Query == "direct payments"));
    }

    [Fact]
    public void The_log_holds_nothing_about_who_searched()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();

        var stored = db.Model.FindEntityType(typeof(SearchQueryLogEntry))!.GetProperties().Select(p => p.Name).Order();
        var declared = typeof(SearchQueryLogEntry).GetProperties().Select(p => p.Name).Order();

        Assert.Equal(["Date", "Id", "Query", "ResultCount"], stored);
        Assert.Equal(["Date", "Id", "Query", "ResultCount"], declared);
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task SearchOnThePageAsync(string query)
    {
        using var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Writes what is queued, then waits for the entry (the background writer may have taken it first).</summary>
    private async Task<SearchQueryLogEntry> LoggedAsync(Func<string, bool> matches)
    {
        SearchQueryLogEntry? found = null;
        var logged = await Eventually.TrueWithinAsync(LogWait, async () =>
        {
            await factory.Services.GetRequiredService<SearchQueryRecorder>().FlushAsync();
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            found = (await db.SearchQueryLog.AsNoTracking().ToListAsync()).FirstOrDefault(e => matches(e.Query));
            return found is not null;
        }, TimeSpan.FromMilliseconds(100));

        Assert.True(logged, $"the search was not in the log within {LogWait.TotalSeconds} s");
        return found!;
    }
}
