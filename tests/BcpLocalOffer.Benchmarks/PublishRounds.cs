using System.Diagnostics;
using System.Net;

namespace BcpLocalOffer.Benchmarks;

/// <summary>What one edit → submit → approve round took, from the approve POST starting.</summary>
internal sealed record PublishRound(TimeSpan Approve, TimeSpan Visible, int PublicRequests);

/// <summary>
/// The workflow through the real forms, as two people would use it: an author edits a live
/// page's text with a marker nobody else could have written and submits it; a board member
/// approves and publishes it; a family's browser (no cookies) reloads the public page until the
/// marker is there.
/// </summary>
internal sealed class PublishRounds(BrowserSession author, BrowserSession board, HttpClient family)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    // Far beyond the 1 s target: a page still not right after this is reported, not waited for.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(15);

    /// <exception cref="BenchmarkFailedException">A form was refused, or the marker never appeared.</exception>
    public async Task<PublishRound> RunAsync(GeneratedPage page, CancellationToken cancellationToken)
    {
        var marker = $"Benchmark marker {Guid.NewGuid():N}";
        var details = $"/editorial/content/{page.Key}";
        var editPath = $"{details}/edit";

        var edit = HtmlForm.Find(await author.GetPageAsync(editPath, cancellationToken), editPath);
        var saved = await author.SubmitAsync(edit.With("Body", $"{edit["Body"]}\n\n{marker}"), cancellationToken);
        Expect(saved, "done=saved", "saving the draft");

        var submit = HtmlForm.FindEndingWith(await author.GetPageAsync(details, cancellationToken), "/submit");
        Expect(await author.SubmitAsync(submit, cancellationToken), "done=submitted", "submitting it");

        var approve = HtmlForm.FindEndingWith(await board.GetPageAsync(details, cancellationToken), "/approve");
        var startedAt = Stopwatch.GetTimestamp();
        var published = await board.SubmitAsync(approve, cancellationToken);
        var approveTook = Stopwatch.GetElapsedTime(startedAt);
        Expect(published, "done=published", "approving it");

        for (var requests = 1; ; requests++)
        {
            using var response = await family.GetAsync(page.PublicPath, cancellationToken);
            var html = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK && html.Contains(marker, StringComparison.Ordinal))
            {
                return new PublishRound(approveTook, Stopwatch.GetElapsedTime(startedAt), requests);
            }

            if (Stopwatch.GetElapsedTime(startedAt) > GiveUpAfter)
            {
                throw new BenchmarkFailedException(
                    $"{page.PublicPath} still did not show the approved text {GiveUpAfter.TotalSeconds:0} s after it was published (last answer {(int)response.StatusCode}).");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static void Expect(Uri redirect, string done, string step)
    {
        if (!redirect.OriginalString.Contains(done, StringComparison.Ordinal))
        {
            throw new BenchmarkFailedException($"After {step} the site went to {redirect}, not the page's confirmation ({done}).");
        }
    }
}
