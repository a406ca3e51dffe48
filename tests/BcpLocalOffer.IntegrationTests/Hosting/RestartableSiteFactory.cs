using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcpLocalOffer.IntegrationTests.Hosting;

/// <summary>
/// The site (in Development unless told otherwise) on a data folder (and PostgreSQL database) that outlives the host,
/// with a clock the test moves: start one, stop it, start another on the same data to see what
/// survives a restart. The scheduler's own timer is slowed right down, so only the test runs it.
/// </summary>
public sealed class RestartableSiteFactory(RestartableSiteFactory.SiteData data, AdjustableClock clock, string environment = "Development") : WebApplicationFactory<Program>
{
    public ScheduledChangeRunner Scheduler => Services.GetRequiredService<ScheduledChangeRunner>();

    public EditorialSession OpenSession() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("LocalOffer:DataPath", data.DataPath);
        builder.UseSetting("LocalOffer:Scheduling:CheckIntervalSeconds", "86400");
        // The outbox is sent when a test says so (OutboxSender.RunOnceAsync), so no test finds mail it did not expect.
        builder.UseSetting("LocalOffer:Notifications:SendIntervalSeconds", "86400");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Board members sign in with a password alone here; TwoFactorByDefaultTests keep the default.
        builder.UseSetting("LocalOffer:TwoFactor:RequiredByDefaultFor", "");
        if (TestDatabase.IsPostgres)
        {
            builder.UseSetting("LocalOffer:Database:Provider", "Postgres");
            builder.UseSetting("LocalOffer:Database:ConnectionString", TestDatabase.NewPostgresDatabase(data.PostgresDatabase));
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
    }

    /// <summary>Where one site's data lives across restarts; disposing it removes the data.</summary>
    public sealed class SiteData : IAsyncDisposable
    {
        public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "localoffer-tests", Guid.NewGuid().ToString("N"));

        public string PostgresDatabase { get; } = "localoffer_test_" + Guid.NewGuid().ToString("N");

        public async ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            if (TestDatabase.IsPostgres)
            {
                await TestDatabase.DropPostgresDatabaseAsync(PostgresDatabase);
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
}
