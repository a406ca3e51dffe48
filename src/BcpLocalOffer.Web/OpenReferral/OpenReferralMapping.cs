using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;

namespace BcpLocalOffer.Web.OpenReferral;

/// <summary>
/// A published service as Open Referral objects. Child objects get ids derived from the service's
/// id, so they are the same on every node and after every restart.
/// </summary>
public static class OpenReferralMapping
{
    public static ServiceDto Full(PublishedService service, DateOnly today, int evidenceValidMonths)
    {
        var id = service.Id;
        var claimShown = SendFriendlyRule.Judge(service.Evidence, today, evidenceValidMonths) == SendFriendlyVerdict.Shown;
        var alerts = new List<string>();
        if (service.IsSample)
        {
            alerts.Add("Sample data: this service is made up to show how the directory works. It is not a real service.");
        }

        if (service.Status == ServiceStatus.TemporarilyClosed)
        {
            alerts.Add("Temporarily closed.");
        }

        var contacts = string.IsNullOrWhiteSpace(service.ContactName) && string.IsNullOrWhiteSpace(service.Phone)
            ? []
            : new[]
            {
                new ContactDto(Child(id, "contact"), id, service.ContactName, service.Email,
                    string.IsNullOrWhiteSpace(service.Phone) ? [] : [new PhoneDto(Child(id, "phone"), service.Phone)]),
            };

        return new ServiceDto(
            id, service.OrganisationId, service.Name, service.Description, Blank(service.Website), Blank(service.Email), service.Status.OpenReferralValue(),
            claimShown ? $"SEND-friendly. Staff trained in: {service.Evidence.StaffTraining} Needs they can meet: {service.Evidence.NeedsMet} Checked by {service.Evidence.VerifiedBy}." : null,
            service.MinimumAge, service.MaximumAge,
            claimShown ? service.Evidence.VerifiedOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            alerts.Count == 0 ? null : string.Join(' ', alerts),
            service.LastModified,
            Organization(service),
            contacts,
            string.IsNullOrWhiteSpace(service.OpeningTimes) ? [] : [new ScheduleDto(Child(id, "schedule"), id, service.OpeningTimes)],
            [.. service.Localities.Select(l => new ServiceAreaDto(Child(id, "area:" + l.Slug), id, l.Label, l.Description))],
            Locations(service),
            [.. service.Costs.Select(c => new CostOptionDto(Child(id, "cost:" + c.Slug), id, c.Label, Blank(service.CostDetail)))],
            [.. service.Terms.Select(t => new AttributeDto(Child(id, "attribute:" + t.Id), id, "service", "service", t.Id, OpenReferralCatalogue.ToDto(t)))]);
    }

    public static ServiceSummaryDto Summary(ServiceDto full) => new(
        full.Id, full.OrganizationId, full.Name, full.Description, full.Url, full.Email, full.Status, full.Accreditations,
        full.MinimumAge, full.MaximumAge, full.AssuredDate, full.Alert, full.LastModified, full.Organization);

    private static OrganizationDto Organization(PublishedService service) =>
        new(service.OrganisationId, service.Organisation, $"{service.Organisation} provides services listed in the BCP SEND Local Offer directory.");

    /// <summary>The venue as a physical location; an online service as a virtual one.</summary>
    private static IReadOnlyList<ServiceAtLocationDto> Locations(PublishedService service)
    {
        var id = service.Id;
        var locations = new List<ServiceAtLocationDto>();
        if (service.HasVenue)
        {
            var locationId = Child(id, "venue");
            locations.Add(new ServiceAtLocationDto(Child(id, "at:venue"), id, locationId, new LocationDto(
                locationId, "physical", Blank(service.VenueName) ?? service.Name, null,
                [new AddressDto(Child(id, "address"), locationId, service.VenueAddress!, service.VenueTown ?? "", "Dorset", service.VenuePostcode!, "GB", "physical")],
                string.IsNullOrWhiteSpace(service.VenueAccessibility) ? [] : [new AccessibilityDto(Child(id, "accessibility"), locationId, service.VenueAccessibility)])));
        }

        if (service.Localities.Any(l => l.Slug == "online"))
        {
            var locationId = Child(id, "online");
            locations.Add(new ServiceAtLocationDto(Child(id, "at:online"), id, locationId,
                new LocationDto(locationId, "virtual", "Online", "Online or by phone, wherever you live.", null, null)));
        }

        return locations;
    }

    private static Guid Child(Guid serviceId, string what) => StableId.For($"directory-service:{serviceId:N}:{what}");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
