using System.Text.Json;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Analytics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>
/// <c>POST /api/events</c>: link clicks sent by the page's script with <c>navigator.sendBeacon</c>,
/// as <c>{"kind":"internal|outbound|download","path":"/page","target":"/other-page or https://…","context":"you-said-we-did:12"}</c>.
/// Oversized bodies get 413, too many from one client 429, anything that is not exactly that
/// shape 400; nothing a client sends can cause a 500.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class EventsController(VisitCounter counter, EventRateLimit rateLimit, IOptions<AnalyticsOptions> options) : ControllerBase
{
    public const string Route = "/api/events";

    private static readonly string[] Properties = ["kind", "path", "target", "context"];

    [HttpPost(Route)]
    public async Task<IActionResult> Receive(CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxEventBytes;
        if (Request.ContentLength > maxBytes)
        {
            return Problem($"An event must be {maxBytes} bytes or fewer.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        // Editors never get the script, so a request carrying the editorial cookie did not come from it:
        // refused like every other POST without an antiforgery token, so no page can post here as an editor.
        if (User.Identity?.IsAuthenticated == true)
        {
            return Problem("Signed-in editors are not counted.", statusCode: StatusCodes.Status400BadRequest);
        }

        // Visitors who asked not to be tracked and bots: accepted and forgotten, so a script never retries.
        if (!VisitCounter.IsCountableVisitor(HttpContext))
        {
            return NoContent();
        }

        if (!rateLimit.TryAcquire(HttpContext))
        {
            Response.Headers.RetryAfter = "60";
            return Problem("Too many events from this client; try again in a minute.", statusCode: StatusCodes.Status429TooManyRequests);
        }

        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var contentType)
            || !(contentType.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return Problem("Send the event as JSON (text/plain or application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await ReadAtMostAsync(maxBytes + 1, cancellationToken);
        if (body is null)
        {
            return BadRequest();
        }

        if (body.Length > maxBytes)
        {
            return Problem($"An event must be {maxBytes} bytes or fewer.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var (click, problem) = Parse(body);
        if (click is null)
        {
            return Problem(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        counter.CountClick(click);
        return NoContent();
    }

    private static (LinkClick? Click, string Problem) Parse(byte[] body)
    {
        const string Shape = "The event must be a JSON object with kind, path and target, and optionally context, all strings.";
        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 2 });
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Shape);
            }

            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (!Properties.Contains(property.Name, StringComparer.Ordinal)
                    || values.ContainsKey(property.Name)
                    || property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (null, Shape);
                }

                values[property.Name] = property.Value.GetString();
            }

            var (click, problem) = LinkClick.Create(values.GetValueOrDefault("kind"), values.GetValueOrDefault("path"), values.GetValueOrDefault("target"), values.GetValueOrDefault("context"));
            return (click, problem ?? Shape);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, not UTF-8, or a string that is not text (a lone surrogate).
            return (null, Shape);
        }
    }

    /// <summary>The body, or null when the client went away; stops reading one byte past the limit.</summary>
    private async Task<byte[]?> ReadAtMostAsync(int limit, CancellationToken cancellationToken)
    {
        var buffer = new byte[limit];
        var read = 0;
        try
        {
            int n;
            while (read < limit && (n = await Request.Body.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken)) > 0)
            {
                read += n;
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return null;
        }

        return buffer[..read];
    }
}
