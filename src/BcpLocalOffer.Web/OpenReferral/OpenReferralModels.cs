using System.Text.Json.Serialization;

namespace BcpLocalOffer.Web.OpenReferral;

// The Open Referral UK (HSDS 3.0 UK profile) shapes this API returns. Property names become
// snake_case when serialised (OpenReferralJson); nulls are left out.

public sealed record ApiInformation(string Version, string Profile, string OpenapiUrl);

/// <summary>A page of a list: the profile's Page fields with the items in contents.</summary>
public sealed record Page<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, IReadOnlyList<T> Contents);

public sealed record OrganizationDto(Guid Id, string Name, string Description);

public sealed record TaxonomyTermDto(Guid Id, string Name, string Description, Guid? ParentId, string Taxonomy, Guid TaxonomyId, string Term, string Code);

public sealed record TaxonomyDto(Guid Id, string Name, string Description, string Version, IReadOnlyList<TaxonomyTermDto> TaxonomyTerms);

public sealed record AttributeDto(Guid Id, Guid LinkId, string LinkType, string LinkEntity, Guid TaxonomyTermId, TaxonomyTermDto TaxonomyTerm);

public sealed record PhoneDto(Guid Id, string Number);

public sealed record ContactDto(Guid Id, Guid ServiceId, string? Name, string? Email, IReadOnlyList<PhoneDto> Phones);

public sealed record ScheduleDto(Guid Id, Guid ServiceId, string Description);

public sealed record ServiceAreaDto(Guid Id, Guid ServiceId, string Name, string Description);

public sealed record CostOptionDto(Guid Id, Guid ServiceId, string Option, string? AmountDescription);

public sealed record AddressDto(Guid Id, Guid LocationId, [property: JsonPropertyName("address_1")] string Address1, string City, string StateProvince, string PostalCode, string Country, string AddressType);

public sealed record AccessibilityDto(Guid Id, Guid LocationId, string Description);

public sealed record LocationDto(
    Guid Id, string LocationType, string Name, string? Description, IReadOnlyList<AddressDto>? Addresses, IReadOnlyList<AccessibilityDto>? Accessibility);

/// <summary>A service's one-to-one fields and its organisation: an item of /services.</summary>
public record ServiceSummaryDto(
    Guid Id, Guid OrganizationId, string Name, string Description, string? Url, string? Email, string Status, string? Accreditations,
    int MinimumAge, int MaximumAge, string? AssuredDate, string? Alert, DateTimeOffset LastModified, OrganizationDto Organization);

/// <summary>A fully nested service: /services/{id}.</summary>
public sealed record ServiceDto(
    Guid Id, Guid OrganizationId, string Name, string Description, string? Url, string? Email, string Status, string? Accreditations,
    int MinimumAge, int MaximumAge, string? AssuredDate, string? Alert, DateTimeOffset LastModified, OrganizationDto Organization,
    IReadOnlyList<ContactDto> Contacts, IReadOnlyList<ScheduleDto> Schedules, IReadOnlyList<ServiceAreaDto> ServiceAreas,
    IReadOnlyList<ServiceAtLocationDto> ServiceAtLocations, IReadOnlyList<CostOptionDto> CostOptions, IReadOnlyList<AttributeDto> Attributes);

/// <summary>Where a service is delivered, without the service (nested inside a service).</summary>
public sealed record ServiceAtLocationDto(Guid Id, Guid ServiceId, Guid LocationId, LocationDto Location);

/// <summary>An item of /service_at_locations: the location and the service's one-to-one fields.</summary>
public sealed record ServiceAtLocationSummaryDto(Guid Id, Guid ServiceId, Guid LocationId, LocationDto Location, ServiceSummaryDto Service);

/// <summary>
/// /service_at_locations/{id}: the location and the fully nested service, as the operation says. The
/// profile's OpenAPI names service.json as its schema (which the official validator checks), so it
/// also carries its service's name and status, the two fields that schema requires besides the id:
/// the body is valid as both.
/// </summary>
public sealed record ServiceAtLocationFullDto(Guid Id, string Name, string Status, Guid ServiceId, Guid LocationId, LocationDto Location, ServiceDto Service);

/// <summary>An error, as RFC 9457 problem details.</summary>
public sealed record ProblemDto(string Title, int Status, string Detail);
