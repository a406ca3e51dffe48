using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.ServiceDirectory.Published;

/// <summary>
/// An immutable snapshot of every published service, swapped in whole on publish. Public pages,
/// search and the Open Referral API read it; none of them queries the database.
/// </summary>
public sealed class PublishedDirectory
{
    private readonly Dictionary<string, PublishedService> bySlug;
    private readonly Dictionary<Guid, PublishedService> byId;

    public PublishedDirectory(IEnumerable<PublishedService> services, long generation)
    {
        All = [.. services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id)];
        Listed = [.. All.Where(s => s.Status.IsListed())];
        bySlug = All.ToDictionary(s => s.Slug, StringComparer.OrdinalIgnoreCase);
        byId = All.ToDictionary(s => s.Id);
        Generation = generation;
    }

    public static PublishedDirectory Empty { get; } = new([], 0);

    /// <summary>Every published service, whatever its status, by name (what the API lists).</summary>
    public IReadOnlyList<PublishedService> All { get; }

    /// <summary>The services families see in the directory and in search: active or temporarily closed.</summary>
    public IReadOnlyList<PublishedService> Listed { get; }

    public long Generation { get; }

    /// <summary>The directory page's freshness line: the day the latest listed service was approved.</summary>
    public Freshness? Freshness => Listed.Count == 0 ? null : new(FreshnessKind.Checked, Listed.Max(s => s.CheckedOn), "the Local Offer team and each service's provider");

    public PublishedService? FindBySlug(string slug) => bySlug.GetValueOrDefault(slug);

    public PublishedService? Find(Guid id) => byId.GetValueOrDefault(id);
}

/// <summary>The directory every public page and API call reads.</summary>
public interface IPublishedDirectoryCache : IPublishedSnapshotCache<PublishedDirectory>;

public sealed class PublishedDirectoryCache() : PublishedSnapshotCache<PublishedDirectory>(PublishedDirectory.Empty), IPublishedDirectoryCache;

/// <summary>Turns a stored version into what the public sees, with its terms resolved (unknown slugs are dropped).</summary>
public static class PublishedServiceBuilder
{
    public static PublishedService Build(DirectoryService service, ServiceVersion version) => new()
    {
        Id = service.Id,
        Slug = service.Slug,
        VersionNumber = version.Number,
        Name = version.Name,
        Organisation = version.Organisation,
        Description = version.Description,
        Kind = DirectoryTaxonomies.Kinds.Find(version.Kind) ?? DirectoryTaxonomies.Kinds.Terms[^1],
        MinimumAge = version.MinimumAge,
        MaximumAge = version.MaximumAge,
        Needs = Resolve(DirectoryTaxonomies.Needs, version.Needs),
        Localities = Resolve(DirectoryTaxonomies.Localities, version.Localities),
        Costs = Resolve(DirectoryTaxonomies.Costs, version.Costs),
        CostDetail = version.CostDetail,
        AccessRoutes = Resolve(DirectoryTaxonomies.AccessRoutes, version.AccessRoutes),
        ContactName = version.ContactName,
        Phone = version.Phone,
        Email = version.Email,
        Website = version.Website,
        VenueName = version.VenueName,
        VenueAddress = version.VenueAddress,
        VenueTown = version.VenueTown,
        VenuePostcode = version.VenuePostcode,
        VenueAccessibility = version.VenueAccessibility,
        OpeningTimes = version.OpeningTimes,
        Status = version.Status,
        OwnerOrganisation = version.OwnerOrganisation,
        ReviewBy = version.ReviewBy,
        Evidence = version.Evidence,
        IsSample = version.IsSample,
        LastModified = version.Review.ReviewedAt ?? version.CreatedAt,
        CheckedOn = Latest(version.CheckedOn, Freshness.Day(version.Review.ReviewedAt ?? version.CreatedAt)),
    };

    private static DateOnly Latest(DateOnly? confirmed, DateOnly approved) => confirmed is { } day && day > approved ? day : approved;

    // Listed in the taxonomy's order, so every page shows them the same way round.
    private static IReadOnlyList<TaxonomyTerm> Resolve(Taxonomy taxonomy, IEnumerable<string> slugs)
    {
        var wanted = slugs.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. taxonomy.Terms.Where(t => wanted.Contains(t.Slug))];
    }
}
