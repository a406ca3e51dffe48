using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace BcpLocalOffer.BrowserTests;

/// <summary>
/// The real site on a real Kestrel loopback port, plus one headless Chromium, shared by every
/// browser test. Each test opens its own browser context, so cookies and storage never leak
/// between tests while the expensive parts (host start-up, seed import, browser launch) happen once.
/// </summary>
public sealed class LocalOfferSite : IAsyncLifetime
{
    // The distribution's Chromium: `playwright install` cannot download a browser in CI or here.
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "bcp-local-offer-browser-tests-" + Guid.NewGuid().ToString("N"));
    private SiteFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser has not been launched yet.");

    /// <summary>The running site's services, for arranging what a test needs (such as an editor account).</summary>
    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The site has not started yet.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(dataPath);

        factory = new SiteFactory(dataPath);
        // Port 0: the OS picks a free loopback port, so parallel runs on one machine never collide.
        factory.UseKestrel(0);
        factory.StartServer();
        BaseAddress = ListeningAddress(factory.Services);

        // The browser comes from Debian, never from Playwright's download servers.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh, isolated tab. Dispose it at the end of the test.</summary>
    public async Task<BrowserTab> OpenTabAsync(int viewportWidth = 1280, int viewportHeight = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = viewportWidth, Height = viewportHeight },
            Locale = "en-GB",
        });
        // Generous enough for a cold first request, short enough that a hang fails the test quickly.
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserTab(context, page);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        // Pooled SQLite connections keep the database file open (and undeletable on Windows).
        SqliteConnection.ClearAllPools();
        // A leftover temp folder is untidy, not a test failure.
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static Uri ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel did not report its addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel is not listening on plain HTTP: {string.Join(", ", addresses)}");
        return new Uri(address);
    }

    private sealed class SiteFactory(string dataPath) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            // Production, so the real error pages, HSTS and static asset pipeline run as they do live.
            builder.UseEnvironment("Production");
            builder.UseSetting("LocalOffer:DataPath", dataPath);
            // Request logs for every page and asset would bury test failures.
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            // Every test is the same client (127.0.0.1), polling for the index and typing suggestions in
            // turn: together they would pass one family's search limit, which its own tests check.
            builder.UseSetting("Site:SearchAndApiRequestsPerMinutePerClient", "100000");
            // Test board members and administrators sign in with a password alone; the enrolment
            // screens have their own tests, and the default is tested in the integration tests.
            builder.UseSetting("LocalOffer:TwoFactor:RequiredByDefaultFor", "");
            // Test accounts sign in again and again; 100,000 rounds of password hashing each time is CPU the tests do not test.
            builder.ConfigureServices(services => services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(options => options.IterationCount = 1_000));
        }
    }
}

/// <summary>One browser context with one page; closing it throws away cookies and storage.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LocalOfferSite>
{
    public const string Name = "Browser";
}
