using System.Net;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>
/// For the benchmark only, and only when LocalOffer:Benchmark:ControlEndpoint is true: an
/// endpoint in the same pipeline that answers with bytes held in memory, so a content page can be
/// compared with the cheapest possible response. The benchmark PUTs a page's HTML, then GETs it.
/// Loopback callers only.
/// </summary>
public static class BenchmarkControlEndpoint
{
    public const string Path = "/__benchmark/control";

    public static IEndpointRouteBuilder MapBenchmarkControl(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>("LocalOffer:Benchmark:ControlEndpoint"))
        {
            return endpoints;
        }

        byte[] body = [];
        endpoints.MapPut(Path, async (HttpContext context) =>
        {
            if (context.Connection.RemoteIpAddress is { } remote && !IPAddress.IsLoopback(remote))
            {
                return Results.NotFound();
            }

            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            body = buffer.ToArray();
            return Results.NoContent();
        }).AllowAnonymous();
        endpoints.MapGet(Path, () => Results.Bytes(body, "text/html; charset=utf-8")).AllowAnonymous();
        return endpoints;
    }
}
