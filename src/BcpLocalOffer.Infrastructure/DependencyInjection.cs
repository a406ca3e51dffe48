using BcpLocalOffer.Infrastructure.Workflow;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Content;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.ContentSeed;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Storage, the published cache and the content seed, configured from the "LocalOffer" section.</summary>
    public static IServiceCollection AddLocalOfferInfrastructure(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(LocalOfferOptions.SectionName).Get<LocalOfferOptions>() ?? new LocalOfferOptions();
        services.Configure<LocalOfferOptions>(configuration.GetSection(LocalOfferOptions.SectionName));
        var dataFolder = new DataFolder(environment.ContentRootPath, options);
        services.AddSingleton(dataFolder);
        services.AddSingleton(TimeProvider.System);

        // Pooled: every request that touches the database (a feedback form, a search log, the back
        // office) would otherwise build a context, its options and its sets from scratch. The
        // contexts keep no state of their own, and EF Core resets tracking between leases.
        switch (options.Database.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = options.Database.ConnectionString ?? $"Data Source={dataFolder.SqliteFile}";
                services.AddDbContextPool<LocalOfferDbContext, SqliteLocalOfferDbContext>((provider, o) => o.UseSqlite(sqlite).AddInterceptors(provider.GetRequiredService<ChangeFeed.ChangeFeedRecorder>()));
                break;
            case DatabaseProvider.Postgres:
                var postgres = options.Database.ConnectionString
                    ?? throw new OptionsValidationException(LocalOfferOptions.SectionName, typeof(LocalOfferOptions), ["LocalOffer:Database:ConnectionString is required when the provider is Postgres."]);
                services.AddDbContextPool<LocalOfferDbContext, PostgresLocalOfferDbContext>((provider, o) => o.UseNpgsql(postgres).AddInterceptors(provider.GetRequiredService<ChangeFeed.ChangeFeedRecorder>()));
                break;
            default:
                throw new OptionsValidationException(LocalOfferOptions.SectionName, typeof(LocalOfferOptions), [$"Unknown database provider '{options.Database.Provider}'."]);
        }

        services.AddSingleton<IRichTextRenderer, MarkdownRichTextRenderer>();
        services.AddSingleton<IPublishedContentCache, PublishedContentCache>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ContentSeedImporter>();
        services.AddScoped<SeedImportRecord>();
        services.AddScoped<PublishedCacheLoader>();
        services.AddScoped<Publishing.ContentEditing>();
        services.AddScoped<Workflow.WorkQueue>();
        services.AddScoped<Workflow.Contributors>();
        services.AddPageStructure();
        services.AddScoped<Publishing.ContentScheduling>();
        services.AddScoped<Content.ContentPreview>();
        services.AddScoped<Media.MediaLibrary>();

        // Every kind of reviewable content feeds the one work queue.
        services.AddReviewQueue<Publishing.ContentEditing>().AddReviewQueue<ServiceDirectory.DirectoryEditing>()
            .AddReviewQueue<ImprovementPlan.StatusChangeEditing>().AddReviewQueue<ImprovementPlan.QuarterlyReportEditing>()
            .AddReviewQueue<YouSaidWeDid.YouSaidWeDidEditing>().AddReviewQueue<Media.MediaLibrary>();
        services.Configure<Media.MediaOptions>(configuration.GetSection(Media.MediaOptions.SectionName));
        services.Configure<Publishing.SchedulingOptions>(configuration.GetSection(Publishing.SchedulingOptions.SectionName));
        services.Configure<Mail.MailOptions>(configuration.GetSection(Mail.MailOptions.SectionName));
        services.AddSingleton<Mail.IMailSender, Mail.SmtpOrPickupMailSender>();
        services.AddSingleton<Mail.MailPickupFolder>();
        services.AddSingleton<Mail.MailPickupSweep>();
        services.AddOptions<Notifications.NotificationOptions>().BindConfiguration(Notifications.NotificationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Notifications.OutboxSender>();
        services.AddSingleton<Notifications.StillCorrectLinks>();
        services.AddSingleton<Notifications.ReviewReminders>();

        // A singleton so tests can reach it; started by the host after the schema and cache are ready.
        services.AddSingleton<Publishing.ScheduledChangeRunner>();

        services.AddSingleton<ISearchDocumentSource, SiteSections>();
        services.AddSingleton<ContentSearchDocuments>();
        services.AddSingleton<ISearchDocumentSource>(provider => provider.GetRequiredService<ContentSearchDocuments>());
        services.AddImprovementPlan();
        services.AddServiceDirectory(configuration);
        Feedback.FeedbackRegistration.AddFeedbackAndYouSaidWeDid(services, configuration);
        services.AddSingleton<LuceneSearchIndex>();
        services.AddSingleton(provider => new SearchWordsStore(
            provider.GetRequiredService<IServiceScopeFactory>(),
            () => Path.Combine(ResolveContentSeedPath(provider.GetRequiredService<IOptions<LocalOfferOptions>>().Value, environment.ContentRootPath), "search")));
        services.AddSingleton(provider => new Coverage.LegalDuties(
            () => ResolveContentSeedPath(provider.GetRequiredService<IOptions<LocalOfferOptions>>().Value, environment.ContentRootPath)));
        services.AddSingleton<SearchVocabulary>();
        services.AddSingleton<SearchQueryRecorder>();
        services.AddSingleton<ISearchQueryRecorder>(provider => provider.GetRequiredService<SearchQueryRecorder>());
        services.AddHostedService(provider => provider.GetRequiredService<SearchQueryRecorder>());
        services.AddSingleton<ISearchService, LuceneSearchService>();
        services.AddSingleton<SearchIndexer>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchIndexer>());
        services.AddChangeFeed(options);
        return services;
    }

    /// <summary>Where the content seed is: configured, or the copy shipped beside the application.</summary>
    public static string ResolveContentSeedPath(LocalOfferOptions options, string contentRoot) =>
        options.ContentSeedPath is { Length: > 0 } configured
            ? Path.GetFullPath(Path.Combine(contentRoot, configured))
            : Path.Combine(AppContext.BaseDirectory, "content-seed");
}
