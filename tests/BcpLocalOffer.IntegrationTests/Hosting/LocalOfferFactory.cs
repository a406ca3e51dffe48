using BcpLocalOffer.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The real site in Production mode, on a fresh data folder (and, with PostgreSQL, a fresh
/// database), so every test class starts from a first install with the content seed imported.
/// </summary>
public class LocalOfferFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>The node id every test site runs as, which names its search index folder.</summary>
    public const string NodeId = "test-node";

    private readonly string postgresDatabase = "localoffer_test_" + Guid.NewGuid().ToString("N");

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));

    public DatabaseCommandCounter DatabaseCommands { get; } = new();

    protected virtual string EnvironmentName => "Production";

    /// <summary>
    /// The site requires a second factor of board members and administrators by default. Tests of
    /// other features sign them in with a password alone; TwoFactorByDefaultTests keep the default.
    /// </summary>
    protected virtual bool TwoFactorRequiredByDefault => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("LocalOffer:DataPath", DataPath);
        builder.UseSetting("LocalOffer:NodeId", NodeId);
        // Every test of a site is the same client: a family's search limit would stop the API and
        // naughty-string tests halfway. SearchRateLimitTests sets it low again to test it.
        builder.UseSetting("Site:SearchAndApiRequestsPerMinutePerClient", "100000");
        // The outbox is sent when a test says so (OutboxSender.RunOnceAsync), so no test finds mail it did not expect.
        builder.UseSetting("LocalOffer:Notifications:SendIntervalSeconds", "86400");
        if (!TwoFactorRequiredByDefault)
        {
            builder.UseSetting("LocalOffer:TwoFactor:RequiredByDefaultFor", "");
        }

        if (TestDatabase.IsPostgres)
        {
            builder.UseSetting("LocalOffer:Database:Provider", "Postgres");
            builder.UseSetting("LocalOffer:Database:ConnectionString", TestDatabase.NewPostgresDatabase(postgresDatabase));
        }

        builder.ConfigureServices(services =>
        {
            // Hundreds of test accounts are made and signed in: hashing each password 100,000 times (the
            // site's setting, Identity's default) is CPU the tests do not test. Hashes carry their own count.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(options => options.IterationCount = 1_000);
            services.ConfigureDbContext<SqliteLocalOfferDbContext>(options => options.AddInterceptors(DatabaseCommands));
            services.ConfigureDbContext<PostgresLocalOfferDbContext>(options => options.AddInterceptors(DatabaseCommands));
        });
    }

    public HttpClient CreateNonRedirectingClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (TestDatabase.IsPostgres)
        {
            await TestDatabase.DropPostgresDatabaseAsync(postgresDatabase);
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A log file may still be closing; the temp folder is cleaned by the OS anyway.
        }
    }
}
