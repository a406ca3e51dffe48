using Microsoft.Extensions.Options;
using System.Globalization;
using System.IO.Compression;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.Mail;
using BcpLocalOffer.Infrastructure.Media;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Web.Analytics;
using BcpLocalOffer.Web.Content;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.Health;
using BcpLocalOffer.Web.Media;
using BcpLocalOffer.Web.ServiceDirectory;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.ResponseCompression;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace BcpLocalOffer.Web.Hosting;

public static class LocalOfferHostingExtensions
{
    /// <summary>Registers every capability of the site.</summary>
    public static WebApplicationBuilder AddLocalOffer(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Run from a build folder in any environment (the benchmark, a quick Production trial),
        // the compressed and fingerprinted assets live beside the project, not in wwwroot; the
        // build's manifest says where. A published app has no such manifest, so this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        services.AddLocalOfferInfrastructure(builder.Configuration, builder.Environment);
        services.AddOptions<SiteOptions>().Bind(builder.Configuration.GetSection(SiteOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Sitemap>();
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>, PublicHostFiltering>();

        var dataFolder = new DataFolder(builder.Environment.ContentRootPath,
            builder.Configuration.GetSection(LocalOfferOptions.SectionName).Get<LocalOfferOptions>() ?? new LocalOfferOptions());

        // Structured logs: console for people, compact JSON files for machines. Messages carry
        // paths and ids, never names, emails or IP addresses.
        // preserveStaticLogger: each host gets its own logger rather than freezing the static
        // bootstrap one, which fails when several hosts start in one process (the tests do).
        services.AddSerilog(
            (provider, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .WriteTo.Console()
                .WriteTo.File(
                    new CompactJsonFormatter(),
                    dataFolder.LogFile,
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 14),
            preserveStaticLogger: true);

        // Keys live in the database, so a cookie, antiforgery token, form token or set-password link
        // made on one node is read by every other. The schema comes first: DataProtection's own start
        // reads the key ring, and hosted services start in the order they are added.
        services.AddStartupStep<DatabaseInitializer>((schema, ct) => schema.InitializeAsync(ct));
        services.AddDataProtection()
            .SetApplicationName("BcpLocalOffer")
            .PersistKeysToDbContext<LocalOfferDbContext>();

        services.AddControllersWithViews();
        services.Configure<RazorViewEngineOptions>(options =>
        {
            // Views live with their capability: Content/Views, Site/Views; the layout in Shared/Views.
            options.ViewLocationFormats.Clear();
            options.ViewLocationFormats.Add("/{Capability}/Views/{0}.cshtml");
            options.ViewLocationFormats.Add("/Shared/Views/{0}.cshtml");
            options.ViewLocationExpanders.Add(new CapabilityViewLocationExpander());
        });

        services.AddOutputCache(options =>
        {
            // /Short-Breaks must reach the controller to be redirected, not share /short-breaks' entry.
            options.UseCaseSensitivePaths = true;
            options.AddPolicy(PublishedContentOutputCache.PolicyName, policy => policy
                .Tag(PublishedContentOutputCache.Tag)
                .SetVaryByQuery([])
                // Keyed by the snapshot the page is rendered from: a request that began before a swap
                // and is stored after its eviction can then never be served again.
                .VaryByValue(context => new("snapshot", context.RequestServices.GetRequiredService<IPublishedContentCache>().Current.Generation.ToString(CultureInfo.InvariantCulture)))
                .Expire(TimeSpan.FromHours(1)));
        });

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);

        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddEditorialIdentity(builder.Environment);
        services.AddLocalOfferHealthChecks();

        // Start order matters: schema, then the seeds one after another (writes on a first start), then
        // every published snapshot at once (reads), all before the server takes requests.
        services.AddSeedImport<ContentSeedImporter>("content", (importer, seed, ct) => importer.ImportAsync(seed, ct));
        services.AddSeedImport<PlanSeedImporter>("improvement-plan", (importer, seed, ct) => importer.ImportAsync(seed, ct));
        services.AddSeedImport<DirectorySeedImporter>("directory", (importer, seed, ct) => importer.ImportAsync(seed, ct));
        Feedback.FeedbackWebRegistration.AddFeedbackWeb(services);
        services.AddStartupStep<ChangeFeedFollower>((follower, ct) => follower.LoadEverythingAsync(ct));
        services.AddServiceDirectoryWeb();
        WritingHelp.WritingHelpWebRegistration.AddWritingHelp(services);
        services.AddHostedService<PublishedContentOutputCache>();
        services.AddHostedService<EditorialStartupService>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduledChangeRunner>());
        services.AddHostedService(provider => provider.GetRequiredService<MailPickupSweep>());
        services.AddSingleton<Infrastructure.Notifications.INotificationLinks, Notifications.NotificationLinks>();
        services.AddHostedService(provider => provider.GetRequiredService<Infrastructure.Notifications.OutboxSender>());
        services.AddHostedService(provider => provider.GetRequiredService<Infrastructure.Notifications.ReviewReminders>());
        services.AddLocalOfferAnalytics(builder.Configuration);
        services.AddClientRateLimits();
        services.AddMediaUploadLimits();
        // Files uploaded before media bytes were kept in the database: stored from this node's folder.
        services.AddStartupStep<MediaLibrary>((media, ct) => media.StoreFilesFromFolderAsync(ct));
        return builder;
    }

    /// <summary>The request pipeline, outermost first.</summary>
    public static WebApplication UseLocalOffer(this WebApplication app)
    {
        StartupWarmUp.Begin(app.Services);
        if (!app.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<SiteOptions>>().Value.PublicBaseUrl))
        {
            // Without it, links in the sitemap, robots.txt, the feed and emails follow each request's Host header.
            app.Logger.LogWarning("Site:PublicBaseUrl is not set: absolute links will use each request's own host name. Set it to the address the public uses, which also limits the host names the site answers to");
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseResponseCompression();
        app.UseSerilogRequestLogging(options =>
        {
            // The site's own logger (console and the JSON files). Left unset, the middleware would write
            // through the static bootstrap logger, which this host never freezes: console only, and a
            // process-wide memory barrier on every request.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // A line per page view costs more than serving the page from cache: quick successes
            // are Debug; errors, client errors and slow requests stay visible.
            // A readiness probe's 503 is a node saying it is starting (or cannot serve), not a failed
            // request: the health check service logs a real failure as an error itself.
            options.GetLevel = (context, elapsedMs, exception) =>
                exception is null && context.Request.Path.StartsWithSegments("/health") ? (context.Response.StatusCode >= 500 ? LogEventLevel.Information : LogEventLevel.Debug)
                : exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : context.Response.StatusCode >= 400 || elapsedMs > 500 ? LogEventLevel.Information
                : LogEventLevel.Debug;
        });
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAnalytics();
        app.UseRateLimiter();
        app.UseOutputCache();

        // Every endpoint below says who may use it; one that does not is closed (ClosedUnlessMarked).
        app.MapStaticAssets().AllowAnonymous();
        app.MapLocalOfferHealthChecks();
        app.MapSiteEndpoints();
        app.MapAnalyticsEvents();
        app.MapBenchmarkControl(app.Configuration);
        app.MapControllers().WithStaticAssets();
        return app;
    }
}
