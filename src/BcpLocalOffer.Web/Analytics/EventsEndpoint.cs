using System.Buffers;
using System.Text.Json;
using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Web.Site;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>
/// <c>POST /api/events</c>: link clicks sent by the page's script with <c>navigator.sendBeacon</c>,
/// as <c>{"kind":"internal|outbound|download","path":"/page","target":"/other-page or https://…","context":"you-said-we-did:12"}</c>.
/// Oversized bodies get 413, too many from one client 429 (<see cref="ClientRateLimits.AnalyticsEvents"/>),
/// anything that is not exactly that shape 400; nothing a client sends can cause a 500.
/// A minimal endpoint rather than a controller: every page's clicks arrive here, and the body is
/// four short strings that need no model binding, so the request costs little more than its parsing.
/// </summary>
public static class EventsEndpoint
{
    public const string Route = "/api/events";

    private const string Shape = "The event must be a JSON object with kind, path and target, and optionally context, all strings.";

    public static IEndpointConventionBuilder MapAnalyticsEvents(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, ReceiveAsync)
            .AllowAnonymous()
            .RequireRateLimiting(ClientRateLimits.AnalyticsEvents)
            .ExcludeFromDescription();

    private static async Task<IResult> ReceiveAsync(HttpContext context, VisitCounter counter, IOptions<AnalyticsOptions> options, IOptions<SiteOptions> site, CancellationToken cancellationToken)
    {
        var maxBytes = options.Value.MaxEventBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        // Only the site's own pages report clicks: any other page could otherwise write fake click-throughs
        // into the board's figures from every visitor's browser.
        if (!SameOrigin.Check(context, site.Value))
        {
            return Results.Problem("Clicks are only counted from this site's own pages.", statusCode: StatusCodes.Status403Forbidden);
        }

        // Editors never get the script, so a request carrying the editorial cookie did not come from it:
        // refused like every other POST without an antiforgery token, so no page can post here as an editor.
        if (context.User.Identity?.IsAuthenticated == true)
        {
            return Results.Problem("Signed-in editors are not counted.", statusCode: StatusCodes.Status400BadRequest);
        }

        // Visitors who asked not to be tracked and bots: accepted and forgotten, so a script never retries.
        if (!VisitCounter.IsCountableVisitor(context))
        {
            return Results.NoContent();
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var contentType)
            || !(contentType.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || contentType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)))
        {
            return Results.Problem("Send the event as JSON (text/plain or application/json).", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(maxBytes + 1);
        try
        {
            var length = await ReadAtMostAsync(context.Request.Body, buffer.AsMemory(0, maxBytes + 1), cancellationToken);
            if (length < 0)
            {
                return Results.BadRequest();
            }

            if (length > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            var (click, problem) = Parse(buffer.AsSpan(0, length));
            if (click is null)
            {
                return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest);
            }

            counter.CountClick(click);
            return Results.NoContent();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static IResult TooLarge(int maxBytes) =>
        Results.Problem($"An event must be {maxBytes} bytes or fewer.", statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>Exactly one object of known, unrepeated string (or null) properties; anything else is the shape problem.</summary>
    private static (LinkClick? Click, string Problem) Parse(ReadOnlySpan<byte> body)
    {
        string? kind = null, path = null, target = null, context = null;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 2 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, Shape);
            }

            var seen = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var property = reader.ValueTextEquals("kind"u8) ? 1
                    : reader.ValueTextEquals("path"u8) ? 2
                    : reader.ValueTextEquals("target"u8) ? 4
                    : reader.ValueTextEquals("context"u8) ? 8
                    : 0;
                if (property == 0 || (seen & property) != 0 || !reader.Read() || reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                {
                    return (null, Shape);
                }

                seen |= property;
                switch (property)
                {
                    case 1: kind = reader.GetString(); break;
                    case 2: path = reader.GetString(); break;
                    case 4: target = reader.GetString(); break;
                    default: context = reader.GetString(); break;
                }
            }

            // The object must have ended, and nothing may follow it (the reader throws on a second value).
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return (null, Shape);
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or ArgumentException)
        {
            // Not JSON, not UTF-8, or a string that is not text (a lone surrogate).
            return (null, Shape);
        }

        var (click, problem) = LinkClick.Create(kind, path, target, context);
        return (click, problem ?? Shape);
    }

    /// <summary>How many bytes were read (stopping when the buffer is full), or -1 when the client went away.</summary>
    private static async Task<int> ReadAtMostAsync(Stream body, Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var read = 0;
        try
        {
            int n;
            while (read < buffer.Length && (n = await body.ReadAsync(buffer[read..], cancellationToken)) > 0)
            {
                read += n;
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException or BadHttpRequestException)
        {
            return -1;
        }

        return read;
    }
}
