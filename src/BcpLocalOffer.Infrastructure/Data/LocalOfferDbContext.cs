using BcpLocalOffer.Infrastructure.Workflow;
using System.Text.Json;
using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.Media;
using BcpLocalOffer.Core.Identity;
using BcpLocalOffer.Core.Publishing;
using BcpLocalOffer.Core.Workflow;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.ServiceDirectory;
using BcpLocalOffer.Infrastructure.Identity;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BcpLocalOffer.Infrastructure.Data;

/// <summary>
/// The one database. Provider-specific subclasses exist only so that SQLite and PostgreSQL each
/// keep their own migrations; the model is defined once, here.
/// </summary>
public abstract class LocalOfferDbContext(DbContextOptions options) : IdentityDbContext<EditorAccount>(options), IDataProtectionKeyContext
{
    /// <summary>Every node's cookies, antiforgery tokens, form tokens and links are protected with these shared keys.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ChangeFeed.ChangeFeedEntry> ChangeFeed => Set<ChangeFeed.ChangeFeedEntry>();

    public DbSet<ContentNode> ContentNodes => Set<ContentNode>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<SearchQueryLogEntry> SearchQueryLog => Set<SearchQueryLogEntry>();

    public DbSet<SiteSetting> SiteSettings => Set<SiteSetting>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<Redirect> Redirects => Set<Redirect>();

    public DbSet<MediaItem> MediaItems => Set<MediaItem>();

    public DbSet<MediaContent> MediaContents => Set<MediaContent>();

    public DbSet<ScheduledChange> ScheduledChanges => Set<ScheduledChange>();

    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();

    public DbSet<PrivilegedChange> PrivilegedChanges => Set<PrivilegedChange>();

    public DbSet<PlanArea> PlanAreas => Set<PlanArea>();

    public DbSet<PlanFocusArea> PlanFocusAreas => Set<PlanFocusArea>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    public DbSet<StatusChange> PlanStatusChanges => Set<StatusChange>();

    public DbSet<QuarterlyReport> PlanQuarterlyReports => Set<QuarterlyReport>();

    public DbSet<Core.Analytics.AnalyticsEvent> AnalyticsEvents => Set<Core.Analytics.AnalyticsEvent>();

    public DbSet<Core.Analytics.DailyRollup> AnalyticsDailyRollups => Set<Core.Analytics.DailyRollup>();

    public DbSet<Core.Analytics.MonthlyRollup> AnalyticsMonthlyRollups => Set<Core.Analytics.MonthlyRollup>();

    public DbSet<DirectoryService> DirectoryServices => Set<DirectoryService>();

    public DbSet<ServiceVersion> DirectoryServiceVersions => Set<ServiceVersion>();

    public DbSet<Core.Feedback.FeedbackItem> FeedbackItems => Set<Core.Feedback.FeedbackItem>();

    public DbSet<Core.Feedback.FeedbackContact> FeedbackContacts => Set<Core.Feedback.FeedbackContact>();

    public DbSet<Core.Feedback.FeedbackNote> FeedbackNotes => Set<Core.Feedback.FeedbackNote>();

    public DbSet<Core.Feedback.FeedbackTopic> FeedbackTopics => Set<Core.Feedback.FeedbackTopic>();

    public DbSet<Core.Feedback.FeedbackTheme> FeedbackThemes => Set<Core.Feedback.FeedbackTheme>();

    public DbSet<Core.YouSaidWeDid.YouSaidWeDidEntry> YouSaidWeDidEntries => Set<Core.YouSaidWeDid.YouSaidWeDidEntry>();

    public DbSet<Core.YouSaidWeDid.YouSaidWeDidFeedbackLink> YouSaidWeDidFeedbackLinks => Set<Core.YouSaidWeDid.YouSaidWeDidFeedbackLink>();

    public DbSet<Notifications.OutboxMessage> Outbox => Set<Notifications.OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyImprovementPlan();
        Analytics.AnalyticsModel.ApplyAnalytics(modelBuilder);
        modelBuilder.ApplyDirectory();
        Feedback.FeedbackModel.ApplyFeedbackAndYouSaidWeDid(modelBuilder);
        Notifications.NotificationsModel.ApplyNotifications(modelBuilder);
        modelBuilder.Entity<ChangeFeed.ChangeFeedEntry>(entry =>
        {
            entry.ToTable("ChangeFeed");
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Capability).HasMaxLength(Infrastructure.ChangeFeed.PublishedCapabilities.MaxLength).IsRequired();
            entry.Property(e => e.Node).HasMaxLength(100).IsRequired();
            entry.Property(e => e.AtUtc).HasConversion(new ValueConverter<DateTime, DateTime>(d => d, d => DateTime.SpecifyKind(d, DateTimeKind.Utc)));
            entry.HasIndex(e => e.AtUtc);
            entry.HasIndex(e => new { e.Capability, e.Sequence });
        });

        modelBuilder.Entity<EditorAccount>(account =>
        {
            account.Property(a => a.DisplayName).HasMaxLength(100);
            account.Property(a => a.Organisation).HasMaxLength(PartnerOrganisation.MaxNameLength);
            account.Property(a => a.Provides).AsJsonList(2000);
        });

        modelBuilder.Entity<PrivilegedChange>(change =>
        {
            change.HasKey(c => c.Id);
            change.Property(c => c.AccountId).HasMaxLength(450).IsRequired();
            change.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
            change.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(16);
            change.Property(c => c.Roles).HasMaxLength(200);
            change.Property(c => c.RequestedBy).HasMaxLength(256).IsRequired();
            change.Property(c => c.DecidedBy).HasMaxLength(256);
            change.HasOne<EditorAccount>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
            change.HasIndex(c => c.DecidedAt);
            change.Ignore(c => c.RoleList);
        });

        modelBuilder.Entity<PartnerOrganisation>(organisation =>
        {
            organisation.HasKey(o => o.Id);
            organisation.Property(o => o.Name).HasMaxLength(PartnerOrganisation.MaxNameLength).IsRequired();
            organisation.HasIndex(o => o.Name).IsUnique();
            organisation.Ignore(o => o.IsRetired);
        });

        modelBuilder.Entity<ContentNode>(node =>
        {
            node.HasKey(n => n.Key);
            node.Property(n => n.DocumentTypeAlias).HasMaxLength(64).IsRequired();
            node.Property(n => n.UrlSegment).HasMaxLength(UrlSegment.MaxLength).IsRequired();
            node.HasIndex(n => new { n.ParentKey, n.UrlSegment }).IsUnique();
            node.HasIndex(n => new { n.ParentKey, n.SortOrder });
            node.HasOne<ContentNode>().WithMany().HasForeignKey(n => n.ParentKey).OnDelete(DeleteBehavior.Restrict);
            node.HasMany(n => n.Versions).WithOne().HasForeignKey(v => v.NodeKey).OnDelete(DeleteBehavior.Cascade);
            node.HasOne<ContentVersion>().WithMany().HasForeignKey(n => n.PublishedVersionId).OnDelete(DeleteBehavior.Restrict);
            node.Property(n => n.ArchivedBy).HasMaxLength(256);
            node.Property(n => n.LastReviewedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<Redirect>(redirect =>
        {
            redirect.HasKey(r => r.Id);
            redirect.Property(r => r.FromPath).HasMaxLength(LocalPath.MaxLength).IsRequired();
            redirect.Property(r => r.ToPath).HasMaxLength(LocalPath.MaxLength);
            redirect.Property(r => r.CreatedBy).HasMaxLength(256);
            redirect.HasIndex(r => r.FromPath).IsUnique();
            redirect.HasIndex(r => r.ToNodeKey);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(64);
            entry.Property(e => e.Capability).HasConversion<string>().HasMaxLength(32);
            entry.Property(e => e.ItemKey).HasMaxLength(AuditEntry.ItemKeyLength);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntry.DetailLength);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Capability, e.ItemKey });
        });

        modelBuilder.Entity<MediaItem>(item =>
        {
            item.HasKey(m => m.Id);
            item.HasIndex(m => m.Key).IsUnique();
            item.Property(m => m.Title).HasMaxLength(MediaLimits.TitleLength).IsRequired();
            item.Property(m => m.AltText).HasMaxLength(MediaLimits.AltTextLength);
            item.Property(m => m.ContentType).HasMaxLength(100).IsRequired();
            item.Property(m => m.Extension).HasMaxLength(10).IsRequired();
            item.Property(m => m.StoredFileName).HasMaxLength(100).IsRequired();
            item.Property(m => m.Slug).HasMaxLength(UrlSegment.MaxLength).IsRequired();
            item.Property(m => m.UploadedBy).HasMaxLength(ReviewStateModel.AccountIdLength);
            item.HasReviewState(m => m.Review);
            item.Ignore(m => m.IsImage);
            item.Ignore(m => m.IsPublic);
        });

        modelBuilder.Entity<MediaContent>(content =>
        {
            content.HasKey(c => c.MediaItemId);
            content.HasOne(c => c.Item).WithOne().HasForeignKey<MediaContent>(c => c.MediaItemId).OnDelete(DeleteBehavior.Cascade);
            content.Property(c => c.Bytes).IsRequired();
        });

        // SQLite reads DateTime back without a kind; these are always UTC.
        var utc = new ValueConverter<DateTime, DateTime>(d => d, d => DateTime.SpecifyKind(d, DateTimeKind.Utc));
        modelBuilder.Entity<ScheduledChange>(change =>
        {
            change.HasKey(c => c.Id);
            change.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
            change.Property(c => c.DueAtUtc).HasConversion(utc);
            change.Property(c => c.ClaimedAtUtc).HasConversion(new ValueConverter<DateTime?, DateTime?>(
                d => d, d => d.HasValue ? DateTime.SpecifyKind(d.Value, DateTimeKind.Utc) : null));
            change.Property(c => c.CreatedBy).HasMaxLength(256);
            change.Property(c => c.Outcome).HasMaxLength(500);
            change.HasIndex(c => new { c.Status, c.DueAtUtc });
            change.HasIndex(c => c.NodeKey);
            change.HasOne<ContentNode>().WithMany().HasForeignKey(c => c.NodeKey).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SiteSetting>(setting =>
        {
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(100);
            setting.Property(s => s.UpdatedBy).HasMaxLength(256);
        });

        modelBuilder.Entity<SearchQueryLogEntry>(entry =>
        {
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Query).HasMaxLength(SearchRequest.MaxTextLength).IsRequired();
            entry.HasIndex(e => e.Date);
        });

        var propertiesComparer = new ValueComparer<Dictionary<string, string>>(
            (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
            d => d.Aggregate(0, (hash, pair) => HashCode.Combine(hash, pair.Key, pair.Value)),
            d => new Dictionary<string, string>(d));

        modelBuilder.Entity<ContentVersion>(version =>
        {
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.NodeKey, v.Number }).IsUnique();
            version.Property(v => v.Name).HasMaxLength(200).IsRequired();
            version.Property(v => v.NavigationName).HasMaxLength(80);
            version.Property(v => v.Summary).HasMaxLength(400);
            version.Property(v => v.MetaDescription).HasMaxLength(300);
            version.Property(v => v.OwnerOrganisation).HasMaxLength(200);
            version.Property(v => v.CreatedBy).HasMaxLength(ReviewStateModel.AccountIdLength);
            version.Property(v => v.SeedHash).HasMaxLength(64);
            version.HasReviewState(v => v.Review);
            version.Property(v => v.Properties)
                .HasConversion(
                    d => JsonSerializer.Serialize(d, JsonSerializerOptions.Default),
                    s => JsonSerializer.Deserialize<Dictionary<string, string>>(s, JsonSerializerOptions.Default) ?? new())
                .Metadata.SetValueComparer(propertiesComparer);
        });
    }
}

public sealed class SqliteLocalOfferDbContext(DbContextOptions<SqliteLocalOfferDbContext> options) : LocalOfferDbContext(options);

public sealed class PostgresLocalOfferDbContext(DbContextOptions<PostgresLocalOfferDbContext> options) : LocalOfferDbContext(options);
