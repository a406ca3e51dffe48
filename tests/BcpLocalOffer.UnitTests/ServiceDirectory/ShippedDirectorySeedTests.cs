using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Infrastructure.ServiceDirectory;

namespace BcpLocalOffer.UnitTests.ServiceDirectory;

/// <summary>The sample directory a council installs: enough services, across the filters, all marked as samples.</summary>
public class ShippedDirectorySeedTests
{
    private static readonly IReadOnlyList<DirectorySeed.SeedService> Seed = DirectorySeed.Read(FindSeedRoot()) ?? throw new InvalidOperationException("No directory in the seed.");

    [Fact]
    public void There_are_at_least_30_services_and_10_short_breaks()
    {
        Assert.True(Seed.Count >= 30, $"only {Seed.Count} services");
        Assert.True(Seed.Count(s => s.Kind == "short-break") >= 10);
    }

    [Fact]
    public void The_services_cover_every_kind_locality_cost_and_broad_area_of_need_and_every_status()
    {
        Assert.All(DirectoryTaxonomies.Kinds.Terms, t => Assert.Contains(Seed, s => s.Kind == t.Slug));
        Assert.All(DirectoryTaxonomies.Localities.Terms, t => Assert.Contains(Seed, s => s.Localities.Contains(t.Slug)));
        Assert.All(DirectoryTaxonomies.Costs.Terms, t => Assert.Contains(Seed, s => s.Costs.Contains(t.Slug)));
        Assert.All(DirectoryTaxonomies.Needs.Terms.Where(t => t.ParentSlug is null), area =>
            Assert.Contains(Seed, s => s.Needs.Any(n => n == area.Slug || DirectoryTaxonomies.Needs.Find(n)!.ParentSlug == area.Slug)));
        Assert.All(ServiceStatuses.All, status => Assert.Contains(Seed, s => ServiceStatuses.Parse(s.Status) == status));
        Assert.Contains(Seed, s => s.MaximumAge <= 5);
        Assert.Contains(Seed, s => s.MinimumAge >= 16);
    }

    [Fact]
    public void Every_service_says_it_is_sample_data_and_uses_no_real_contact_details()
    {
        Assert.All(Seed, s =>
        {
            Assert.StartsWith("Sample service.", s.Description);
            Assert.StartsWith("Sample", s.Organisation);
            Assert.True(s.Contact?.Email is null || s.Contact.Email.EndsWith(".example", StringComparison.Ordinal), s.Key);
            Assert.True(s.Contact?.Phone is null || s.Contact.Phone.StartsWith("01632 960", StringComparison.Ordinal), s.Key); // Ofcom's drama range
        });
    }

    [Fact]
    public void Seeded_ids_are_derived_from_the_keys_so_reseeding_keeps_them()
    {
        Assert.Equal(DirectorySeed.IdFor("saturday-splash-club"), DirectorySeed.IdFor("Saturday-Splash-Club"));
        Assert.Equal(Seed.Count, Seed.Select(s => DirectorySeed.IdFor(s.Key)).Distinct().Count());
    }

    private static string FindSeedRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "content-seed");
            if (File.Exists(Path.Combine(candidate, "directory", DirectorySeed.FileName)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("content-seed/directory was not found.");
    }
}
