using BcpLocalOffer.Core.Analytics;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.Analytics;

public static class AnalyticsModel
{
    /// <summary>Raw events (deleted after the retention period) and the daily rollups the dashboard reads.</summary>
    public static ModelBuilder ApplyAnalytics(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AnalyticsEvent>(e =>
        {
            e.ToTable("AnalyticsEvents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            // SQLite reads DateTime back without a kind; these are always UTC.
            e.Property(x => x.AtUtc).HasConversion(d => d, d => DateTime.SpecifyKind(d, DateTimeKind.Utc));
            e.Property(x => x.Path).HasMaxLength(LinkClick.MaxPathLength).IsRequired();
            e.Property(x => x.Target).HasMaxLength(LinkClick.MaxTargetLength);
            e.Property(x => x.Context).HasMaxLength(LinkClick.MaxContextLength);
            e.HasIndex(x => x.Date);
        });

        modelBuilder.Entity<DailyRollup>(r =>
        {
            r.ToTable("AnalyticsDailyRollups");
            r.HasKey(x => x.Id);
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            r.Property(x => x.Path).HasMaxLength(LinkClick.MaxTargetLength).IsRequired();
            r.Property(x => x.Context).HasMaxLength(LinkClick.MaxContextLength).IsRequired();
            // Every dashboard query picks a kind and a date range first.
            r.HasIndex(x => new { x.Kind, x.Date, x.Path, x.Context }).IsUnique();
        });
        modelBuilder.Entity<MonthlyRollup>(r =>
        {
            r.ToTable("AnalyticsMonthlyRollups");
            r.HasKey(x => x.Id);
            r.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            r.Property(x => x.Path).HasMaxLength(LinkClick.MaxTargetLength).IsRequired();
            r.Property(x => x.Context).HasMaxLength(LinkClick.MaxContextLength).IsRequired();
            r.HasIndex(x => new { x.Kind, x.Month, x.Path, x.Context }).IsUnique();
        });
        return modelBuilder;
    }
}
