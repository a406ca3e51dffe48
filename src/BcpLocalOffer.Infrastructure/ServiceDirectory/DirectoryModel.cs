using BcpLocalOffer.Infrastructure.Workflow;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>How the directory is stored: services and their versions; term lists as JSON, since they are only ever filtered in memory.</summary>
public static class DirectoryModel
{
    public static ModelBuilder ApplyDirectory(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DirectoryService>(service =>
        {
            service.ToTable("DirectoryServices");
            service.HasKey(s => s.Id);
            service.Property(s => s.Id).ValueGeneratedNever();
            service.Property(s => s.Slug).HasMaxLength(Core.Content.UrlSegment.MaxLength).IsRequired();
            service.HasIndex(s => s.Slug).IsUnique();
            service.HasMany(s => s.Versions).WithOne().HasForeignKey(v => v.ServiceId).OnDelete(DeleteBehavior.Cascade);
            service.HasOne<ServiceVersion>().WithMany().HasForeignKey(s => s.PublishedVersionId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ServiceVersion>(version =>
        {
            version.ToTable("DirectoryServiceVersions");
            version.HasKey(v => v.Id);
            version.HasIndex(v => new { v.ServiceId, v.Number }).IsUnique();
            version.Property(v => v.Name).HasMaxLength(ServiceVersion.NameLength).IsRequired();
            version.Property(v => v.Organisation).HasMaxLength(ServiceVersion.OrganisationLength).IsRequired();
            version.Property(v => v.Description).HasMaxLength(ServiceVersion.DescriptionLength);
            version.Property(v => v.Kind).HasMaxLength(40);
            foreach (var list in new[] { nameof(ServiceVersion.Needs), nameof(ServiceVersion.Localities), nameof(ServiceVersion.Costs), nameof(ServiceVersion.AccessRoutes) })
            {
                version.Property<List<string>>(list).AsJsonList(1000);
            }

            foreach (var text in new[]
            {
                nameof(ServiceVersion.ContactName), nameof(ServiceVersion.Phone), nameof(ServiceVersion.Email), nameof(ServiceVersion.Website),
                nameof(ServiceVersion.VenueName), nameof(ServiceVersion.VenueAddress), nameof(ServiceVersion.VenueTown), nameof(ServiceVersion.VenuePostcode),
                nameof(ServiceVersion.OwnerOrganisation), nameof(ServiceVersion.VerifiedBy),
            })
            {
                version.Property<string?>(text).HasMaxLength(ServiceVersion.ShortTextLength);
            }

            foreach (var text in new[]
            {
                nameof(ServiceVersion.CostDetail), nameof(ServiceVersion.VenueAccessibility), nameof(ServiceVersion.OpeningTimes),
                nameof(ServiceVersion.StaffTraining), nameof(ServiceVersion.NeedsMet),
            })
            {
                version.Property<string?>(text).HasMaxLength(ServiceVersion.LongTextLength);
            }

            version.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
            version.Property(v => v.CreatedBy).HasMaxLength(ReviewStateModel.AccountIdLength);
            version.HasReviewState(v => v.Review);
            version.Property(v => v.SeedHash).HasMaxLength(64);
            version.Ignore(v => v.Evidence);
        });

        return modelBuilder;
    }
}
