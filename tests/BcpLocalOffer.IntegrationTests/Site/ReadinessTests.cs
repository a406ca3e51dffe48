using BcpLocalOffer.Infrastructure.Search;
using BcpLocalOffer.Web.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace BcpLocalOffer.IntegrationTests.Site;

public class ReadinessTests
{
    [Fact]
    public async Task A_node_whose_search_index_is_still_being_built_is_not_ready()
    {
        var folder = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var index = new LuceneSearchIndex(folder, () => "", NullLogger<LuceneSearchIndex>.Instance);
            var check = new SearchIndexHealthCheck(index);
            // Starting, not failing: /health/ready answers 503 for it (StartingNodeTests) without an error in the log.
            Assert.Equal(HealthStatus.Degraded, (await check.CheckHealthAsync(new HealthCheckContext())).Status);

            await index.RebuildAsync([]);

            Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
