using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Nodes;

/// <summary>Two nodes of the site, each with its own data folder and memory, on one database.</summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private readonly string postgresDatabase = "localoffer_test_" + Guid.NewGuid().ToString("N");
    private readonly string root = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));
    private Node a = null!;
    private Node b = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        var connection = TestDatabase.IsPostgres
            ? TestDatabase.NewPostgresDatabase(postgresDatabase)
            : $"Data Source={Path.Combine(root, "shared.db")}";
        a = new Node("node-a", Path.Combine(root, "a"), connection);
        b = new Node("node-b", Path.Combine(root, "b"), connection);
        _ = a.Server;
        _ = b.Server;
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_page_published_on_one_node_is_served_by_the_other()
    {
        var before = await b.CreateClient().GetStringAsync("/short-breaks");
        Assert.DoesNotContain("Published on node A", before);

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
            var key = await db.ContentNodes.Where(n => n.UrlSegment == "short-breaks").Select(n => n.Key).SingleAsync();
            await EditorChanges.PublishAsync(db, key, v => v.Summary = "Published on node A");
            await scope.ServiceProvider.GetRequiredService<PublishedCacheLoader>().RefreshAsync();
        }

        Assert.Contains("Published on node A", await a.CreateClient().GetStringAsync("/short-breaks"));
        Assert.True(await Eventually(async () => (await b.CreateClient().GetStringAsync("/short-breaks")).Contains("Published on node A")),
            "Node B never served the page node A published");
    }

    [Fact]
    public void What_one_node_protects_the_other_can_read()
    {
        var protectedOnA = a.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("a sign-in cookie");

        Assert.Equal("a sign-in cookie", b.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedOnA));
    }

    private static async Task<bool> Eventually(Func<Task<bool>> check)
    {
        // The poll is set to half a second; twenty seconds is generous for a loaded CI machine.
        for (var i = 0; i < 80; i++)
        {
            if (await check())
            {
                return true;
            }

            await Task.Delay(250);
        }

        return false;
    }

    public async Task DisposeAsync()
    {
        await a.DisposeAsync();
        await b.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (TestDatabase.IsPostgres)
        {
            await TestDatabase.DropPostgresDatabaseAsync(postgresDatabase);
        }

        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing.
        }
    }

    private sealed class Node(string id, string dataPath, string connection) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("LocalOffer:DataPath", dataPath);
            builder.UseSetting("LocalOffer:NodeId", id);
            builder.UseSetting("LocalOffer:ChangeFeed:PollSeconds", "0.5");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            builder.UseSetting("LocalOffer:Database:Provider", TestDatabase.IsPostgres ? "Postgres" : "Sqlite");
            builder.UseSetting("LocalOffer:Database:ConnectionString", connection);
        }
    }
}
