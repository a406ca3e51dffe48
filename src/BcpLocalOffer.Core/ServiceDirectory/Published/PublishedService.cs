using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.ServiceDirectory.Published;

/// <summary>A service as families and the Open Referral API see it: its published version, with its terms resolved.</summary>
public sealed class PublishedService
{
    public required Guid Id { get; init; }

    public required string Slug { get; init; }

    public required int VersionNumber { get; init; }

    public required string Name { get; init; }

    public required string Organisation { get; init; }

    /// <summary>Derived from the organisation's name, so one provider has one id across its services.</summary>
    public Guid OrganisationId => StableId.For("organisation:" + Organisation.Trim().ToLowerInvariant());

    public required string Description { get; init; }

    public required TaxonomyTerm Kind { get; init; }

    public required int MinimumAge { get; init; }

    public required int MaximumAge { get; init; }

    public required IReadOnlyList<TaxonomyTerm> Needs { get; init; }

    public required IReadOnlyList<TaxonomyTerm> Localities { get; init; }

    public required IReadOnlyList<TaxonomyTerm> Costs { get; init; }

    public string? CostDetail { get; init; }

    public required IReadOnlyList<TaxonomyTerm> AccessRoutes { get; init; }

    public string? ContactName { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Website { get; init; }

    public string? VenueName { get; init; }

    public string? VenueAddress { get; init; }

    public string? VenueTown { get; init; }

    public string? VenuePostcode { get; init; }

    public string? VenueAccessibility { get; init; }

    public string? OpeningTimes { get; init; }

    public required ServiceStatus Status { get; init; }

    public required string OwnerOrganisation { get; init; }

    public required DateOnly ReviewBy { get; init; }

    public required SendFriendlyEvidence Evidence { get; init; }

    public required bool IsSample { get; init; }

    /// <summary>When the published version was approved (or imported).</summary>
    public required DateTimeOffset LastModified { get; init; }

    /// <summary>The day the provider last checked the listing: a "still correct" confirmation, or the approval of a change.</summary>
    public required DateOnly CheckedOn { get; init; }

    /// <summary>The service page's freshness line: when its provider last checked it, and who keeps it right.</summary>
    public Freshness Freshness => new(FreshnessKind.Checked, CheckedOn, OwnerOrganisation);

    public ServiceFreshness FreshnessOn(DateOnly today) => ServiceFreshnessRule.Of(CheckedOn, today);

    public bool HasVenue => !string.IsNullOrWhiteSpace(VenueAddress) && !string.IsNullOrWhiteSpace(VenuePostcode);

    /// <summary>Every term the service carries, for taxonomy filters.</summary>
    public IEnumerable<TaxonomyTerm> Terms => [Kind, .. Needs, .. Localities, .. Costs, .. AccessRoutes];

    /// <summary>Lower-case name, organisation and description, for the API's text filter.</summary>
    public string SearchText => searchText ??= string.Join(' ', Name, Organisation, Description, Kind.Label).ToLowerInvariant();

    /// <summary>The needs a family could tick that this service answers: its own, and each condition's broad area.</summary>
    public IReadOnlySet<string> NeedSlugs => needSlugs ??= Needs.Select(n => n.Slug).Concat(Needs.Where(n => n.ParentSlug is not null).Select(n => n.ParentSlug!)).ToHashSet();

    public IReadOnlySet<Guid> TermIds => termIds ??= Terms.Select(t => t.Id).ToHashSet();

    private string? searchText;
    private HashSet<string>? needSlugs;
    private HashSet<Guid>? termIds;

    public bool IsForAge(int age) => MinimumAge <= age && age <= MaximumAge;
}
