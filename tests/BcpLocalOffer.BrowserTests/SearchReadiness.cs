using System.Diagnostics;
using System.Net;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// The search index is built by a background service after the site starts, and search answers
/// 503 until then; tests of search wait for it rather than fail on a cold start.
/// </summary>
public static class SearchReadiness
{
    private const string Probe = "/api/search?q=short";

    // A cold build of the seeded index takes a few seconds; a minute means it is stuck.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task WaitAsync(LocalOfferSite site)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = site.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var waited = Stopwatch.StartNew();
        var last = "no answer";
        while (waited.Elapsed < Timeout)
        {
            try
            {
                using var response = await client.GetAsync(Probe);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (HttpRequestException exception)
            {
                last = exception.Message;
            }

            await Task.Delay(PollInterval);
        }

        Assert.Fail($"Search was not ready {Timeout.TotalSeconds:0} s after the site started: {Probe} last answered {last}.");
    }
}
