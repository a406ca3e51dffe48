using System.Net;
using BcpLocalOffer.IntegrationTests.Hosting;
using BcpLocalOffer.Web.Health;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BcpLocalOffer.IntegrationTests.Health;

/// <summary>A site whose readiness includes one more check that is still starting, as the search index is while it is built.</summary>
public sealed class StartingNodeFactory : LocalOfferFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddHealthChecks()
            .AddCheck("still-starting", () => HealthCheckResult.Degraded("Starting: held back by the test."), tags: [HealthEndpoints.ReadyTag]));
    }
}

/// <summary>
/// A node that is starting takes no traffic, and says so without an error in the log: a council's
/// monitoring pages someone for errors, and a load balancer polls readiness every few seconds.
/// </summary>
public class StartingNodeTests(StartingNodeFactory factory) : IClassFixture<StartingNodeFactory>
{
    [Fact]
    public async Task A_first_start_and_readiness_probes_while_starting_write_no_error_to_the_log_and_the_probe_is_logged_as_information()
    {
        var client = factory.CreateClient();
        for (var probe = 0; probe < 5; probe++)
        {
            var ready = await client.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("Degraded", await ready.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        // Let the change feed follower poll (and prune) at least once after the start.
        await Task.Delay(TimeSpan.FromSeconds(3));

        var lines = await LogLinesAsync();
        Assert.Contains(lines, l => l.Contains("/health/ready", StringComparison.Ordinal) && l.Contains("\"StatusCode\":503", StringComparison.Ordinal));
        var errors = lines.Where(l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, "Errors at a first start:\n" + string.Join('\n', errors));
    }

    private async Task<IReadOnlyList<string>> LogLinesAsync()
    {
        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(factory.DataPath, "logs"), "localoffer-*.json"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            lines.AddRange((await reader.ReadToEndAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        return lines;
    }
}
