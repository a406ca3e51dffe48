using System.Net;
using System.Text.RegularExpressions;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Tests.Shared;

namespace BcpLocalOffer.IntegrationTests.Site;

/// <summary>
/// docs/schedule-2.md says which pages cover each thing the law says a Local Offer must publish;
/// every page it names must be published, so the list cannot quietly go out of date.
/// </summary>
public partial class LegalCoverageTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    [GeneratedRegex(@"^\| (\d+) \| (.+?) \| (.+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"`(/[^`]*)`")]
    private static partial Regex Address();

    [Fact]
    public async Task Every_subject_of_schedule_2_has_a_page_and_every_page_listed_is_published()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryFolder.Root(), "docs", "schedule-2.md"));
        var rows = Row().Matches(text).ToList();
        Assert.True(rows.Count >= 20, $"only {rows.Count} subjects listed");

        var client = factory.CreateClient();
        var missing = new List<string>();
        foreach (var row in rows)
        {
            var addresses = Address().Matches(row.Groups[3].Value).Select(m => m.Groups[1].Value).ToList();
            Assert.True(addresses.Count > 0, $"subject {row.Groups[1].Value} has no page");
            foreach (var address in addresses)
            {
                var response = await client.GetAsync(address);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    missing.Add($"{row.Groups[1].Value}: {address} answered {(int)response.StatusCode}");
                }
            }
        }

        Assert.Empty(missing);
    }
}
