using System.Diagnostics;
using System.Net;

namespace BcpLocalOffer.Benchmarks;

/// <summary>
/// Closed-loop load from signed-in editors: each session asks for the next page as soon as it
/// has read the last one, with its own cookies and its own connection, until a deadline. Only a
/// 200 counts; a redirect (to the sign-in page, say) is an error, so a session that lost its
/// sign-in cannot pass for a fast one.
/// </summary>
internal static class SignedInLoad
{
    public static async Task<LoadResult> RunAsync(IReadOnlyList<BrowserSession> sessions, string path, TimeSpan duration, CancellationToken cancellationToken)
    {
        var startedAt = Stopwatch.GetTimestamp();
        var deadline = startedAt + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var editors = sessions.Select(session => new Editor(session, path)).ToArray();
        await Task.WhenAll(editors.Select(editor => Task.Run(() => editor.RunUntilAsync(deadline, cancellationToken), cancellationToken)));
        var elapsed = Stopwatch.GetElapsedTime(startedAt);
        return new LoadResult(
            elapsed,
            LatencySummary.FromStopwatchTicks([.. editors.SelectMany(editor => editor.LatencyTicks)]),
            editors.Sum(editor => editor.Errors),
            editors.Select(editor => editor.FirstError).FirstOrDefault(error => error is not null));
    }

    private sealed class Editor(BrowserSession session, string path)
    {
        private readonly byte[] bodyBuffer = new byte[64 * 1024];

        public List<long> LatencyTicks { get; } = new(capacity: 4 * 1024);

        public int Errors { get; private set; }

        public string? FirstError { get; private set; }

        public async Task RunUntilAsync(long deadline, CancellationToken cancellationToken)
        {
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await session.GetAsync(path, cancellationToken);
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    while (await body.ReadAsync(bodyBuffer, cancellationToken) > 0)
                    {
                    }

                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        LatencyTicks.Add(Stopwatch.GetTimestamp() - sentAt);
                    }
                    else
                    {
                        RecordError($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} {response.Headers.Location}".TrimEnd());
                    }
                }
                catch (HttpRequestException exception)
                {
                    RecordError(exception.Message);
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    RecordError($"no response within {session.Client.Timeout.TotalSeconds:0} s");
                }
            }
        }

        private void RecordError(string description)
        {
            Errors++;
            FirstError ??= description;
        }
    }
}
