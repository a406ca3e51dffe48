using System.Globalization;
using BcpLocalOffer.Core.ServiceDirectory;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BcpLocalOffer.Web.ServiceDirectory;

/// <summary>
/// The back-office form for a service, as typed: strings, so that whatever was typed is shown
/// back with the errors. Errors go into ModelState under the field names, in the order of the form.
/// </summary>
public sealed class ServiceForm
{
    public int BasedOn { get; set; }

    public string? Name { get; set; }

    public string? Organisation { get; set; }

    public string? Description { get; set; }

    public string? Kind { get; set; }

    public string? MinimumAge { get; set; }

    public string? MaximumAge { get; set; }

    public List<string> Needs { get; set; } = [];

    public List<string> Localities { get; set; } = [];

    public List<string> Costs { get; set; } = [];

    public string? CostDetail { get; set; }

    public List<string> AccessRoutes { get; set; } = [];

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? VenueName { get; set; }

    public string? VenueAddress { get; set; }

    public string? VenueTown { get; set; }

    public string? VenuePostcode { get; set; }

    public string? VenueAccessibility { get; set; }

    public string? OpeningTimes { get; set; }

    public string? Status { get; set; }

    public string? OwnerOrganisation { get; set; }

    public string? ReviewBy { get; set; }

    public string? StaffTraining { get; set; }

    public string? NeedsMet { get; set; }

    public string? VerifiedBy { get; set; }

    public string? VerifiedOn { get; set; }

    public static ServiceForm From(ServiceVersion version) => new()
    {
        BasedOn = version.Number,
        Name = version.Name,
        Organisation = version.Organisation,
        Description = version.Description,
        Kind = version.Kind,
        MinimumAge = version.MinimumAge.ToString(CultureInfo.InvariantCulture),
        MaximumAge = version.MaximumAge.ToString(CultureInfo.InvariantCulture),
        Needs = [.. version.Needs],
        Localities = [.. version.Localities],
        Costs = [.. version.Costs],
        CostDetail = version.CostDetail,
        AccessRoutes = [.. version.AccessRoutes],
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
        Status = version.Status.Slug(),
        OwnerOrganisation = version.OwnerOrganisation,
        ReviewBy = version.ReviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StaffTraining = version.StaffTraining,
        NeedsMet = version.NeedsMet,
        VerifiedBy = version.VerifiedBy,
        VerifiedOn = version.VerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>Checks every field; on success returns what to write into a version, else null.</summary>
    public Action<ServiceVersion>? Validate(ModelStateDictionary state, DateOnly today)
    {
        Required(state, nameof(Name), Name, "Enter the name of the service", ServiceVersion.NameLength);
        Required(state, nameof(Organisation), Organisation, "Enter the organisation that runs the service", ServiceVersion.OrganisationLength);
        Required(state, nameof(Description), Description, "Enter a description of the service for families", ServiceVersion.DescriptionLength);
        if (!DirectoryTaxonomies.Kinds.IsKnown(Kind))
        {
            state.AddModelError(nameof(Kind), "Choose the kind of service");
        }

        var minimum = Age(state, nameof(MinimumAge), MinimumAge, "youngest");
        var maximum = Age(state, nameof(MaximumAge), MaximumAge, "oldest");
        if (minimum is not null && maximum is not null && maximum < minimum)
        {
            state.AddModelError(nameof(MaximumAge), "The oldest age must be the same as or more than the youngest age");
        }

        Terms(state, nameof(Needs), Needs, DirectoryTaxonomies.Needs, "Choose needs from the list", required: false);
        Terms(state, nameof(Localities), Localities, DirectoryTaxonomies.Localities, "Choose where the service runs", required: true);
        Terms(state, nameof(Costs), Costs, DirectoryTaxonomies.Costs, "Choose what the service costs families", required: true);
        Optional(state, nameof(CostDetail), CostDetail, ServiceVersion.LongTextLength);
        Terms(state, nameof(AccessRoutes), AccessRoutes, DirectoryTaxonomies.AccessRoutes, "Choose how families get the service", required: true);
        Optional(state, nameof(ContactName), ContactName, ServiceVersion.ShortTextLength);
        Optional(state, nameof(Phone), Phone, 40);
        if (Optional(state, nameof(Email), Email, ServiceVersion.ShortTextLength) is { } email && !IsEmail(email))
        {
            state.AddModelError(nameof(Email), "Enter an email address in the correct format, like name@example.com");
        }

        if (Optional(state, nameof(Website), Website, ServiceVersion.ShortTextLength) is { } website
            && !(Uri.TryCreate(website, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            state.AddModelError(nameof(Website), "Enter a website address that starts with https://");
        }

        Optional(state, nameof(VenueName), VenueName, ServiceVersion.ShortTextLength);
        var address = Optional(state, nameof(VenueAddress), VenueAddress, ServiceVersion.ShortTextLength);
        Optional(state, nameof(VenueTown), VenueTown, ServiceVersion.ShortTextLength);
        var postcode = Optional(state, nameof(VenuePostcode), VenuePostcode, 10);
        if (address is not null && postcode is null)
        {
            state.AddModelError(nameof(VenuePostcode), "Enter the venue's postcode, or leave the venue address empty");
        }

        Optional(state, nameof(VenueAccessibility), VenueAccessibility, ServiceVersion.LongTextLength);
        Optional(state, nameof(OpeningTimes), OpeningTimes, ServiceVersion.LongTextLength);
        var status = ServiceStatuses.Parse(Status);
        if (status is null)
        {
            state.AddModelError(nameof(Status), "Choose the service's status");
        }

        Required(state, nameof(OwnerOrganisation), OwnerOrganisation, "Enter who is responsible for keeping this listing up to date", ServiceVersion.ShortTextLength);
        var reviewBy = Date(ReviewBy);
        if (reviewBy is null)
        {
            state.AddModelError(nameof(ReviewBy), "Enter the date this listing must be reviewed by");
        }

        Optional(state, nameof(StaffTraining), StaffTraining, ServiceVersion.LongTextLength);
        Optional(state, nameof(NeedsMet), NeedsMet, ServiceVersion.LongTextLength);
        Optional(state, nameof(VerifiedBy), VerifiedBy, ServiceVersion.ShortTextLength);
        DateOnly? verifiedOn = null;
        if (!string.IsNullOrWhiteSpace(VerifiedOn))
        {
            verifiedOn = Date(VerifiedOn);
            if (verifiedOn is null)
            {
                state.AddModelError(nameof(VerifiedOn), "Enter the date the evidence was checked as a real date");
            }
            else if (verifiedOn > today)
            {
                state.AddModelError(nameof(VerifiedOn), "The date the evidence was checked must be today or in the past");
            }
        }

        if (!state.IsValid)
        {
            return null;
        }

        return version =>
        {
            version.Name = Name!.Trim();
            version.Organisation = Organisation!.Trim();
            version.Description = Description!.Trim();
            version.Kind = DirectoryTaxonomies.Kinds.Find(Kind)!.Slug;
            (version.MinimumAge, version.MaximumAge) = (minimum!.Value, maximum!.Value);
            version.Needs = Slugs(DirectoryTaxonomies.Needs, Needs);
            version.Localities = Slugs(DirectoryTaxonomies.Localities, Localities);
            version.Costs = Slugs(DirectoryTaxonomies.Costs, Costs);
            version.CostDetail = Trimmed(CostDetail);
            version.AccessRoutes = Slugs(DirectoryTaxonomies.AccessRoutes, AccessRoutes);
            (version.ContactName, version.Phone, version.Email, version.Website) = (Trimmed(ContactName), Trimmed(Phone), Trimmed(Email), Trimmed(Website));
            (version.VenueName, version.VenueAddress, version.VenueTown, version.VenuePostcode) = (Trimmed(VenueName), Trimmed(VenueAddress), Trimmed(VenueTown), Trimmed(VenuePostcode)?.ToUpperInvariant());
            version.VenueAccessibility = Trimmed(VenueAccessibility);
            version.OpeningTimes = Trimmed(OpeningTimes);
            version.Status = status!.Value;
            version.OwnerOrganisation = OwnerOrganisation!.Trim();
            version.ReviewBy = reviewBy!.Value;
            (version.StaffTraining, version.NeedsMet, version.VerifiedBy, version.VerifiedOn) = (Trimmed(StaffTraining), Trimmed(NeedsMet), Trimmed(VerifiedBy), verifiedOn);
        };
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Slugs(Taxonomy taxonomy, List<string> chosen) =>
        [.. taxonomy.Terms.Where(t => chosen.Contains(t.Slug, StringComparer.OrdinalIgnoreCase)).Select(t => t.Slug)];

    private static void Required(ModelStateDictionary state, string field, string? value, string missing, int length)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            state.AddModelError(field, missing);
        }
        else if (value.Trim().Length > length)
        {
            state.AddModelError(field, $"This must be {length} characters or fewer");
        }
    }

    private static string? Optional(ModelStateDictionary state, string field, string? value, int length)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Trim().Length > length)
        {
            state.AddModelError(field, $"This must be {length} characters or fewer");
        }

        return value.Trim();
    }

    private static int? Age(ModelStateDictionary state, string field, string? value, string which)
    {
        if (int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= DirectoryFilter.MaxAge)
        {
            return age;
        }

        state.AddModelError(field, $"Enter the {which} age the service is for, in whole years from 0 to {DirectoryFilter.MaxAge}");
        return null;
    }

    private static void Terms(ModelStateDictionary state, string field, List<string> chosen, Taxonomy taxonomy, string message, bool required)
    {
        if ((required && chosen.Count == 0) || chosen.Any(c => !taxonomy.IsKnown(c)))
        {
            state.AddModelError(field, message);
        }
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static bool IsEmail(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }
}
