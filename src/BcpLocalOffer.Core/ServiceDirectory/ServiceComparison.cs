using System.Globalization;
using BcpLocalOffer.Core.Comparison;

namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>
/// Every field of a service compared between two versions, as pages are compared
/// (<see cref="Content.Comparison.VersionComparison"/>): what the board reads before approving a provider's change.
/// </summary>
public static class ServiceComparison
{
    public static IReadOnlyList<FieldDifference> Compare(ServiceVersion before, ServiceVersion after) =>
    [
        Field("Name", before.Name, after.Name),
        Field("Organisation that runs it", before.Organisation, after.Organisation),
        Field("Description", before.Description, after.Description),
        Field("Kind of service", DirectoryTaxonomies.Kinds.Find(before.Kind)?.Label ?? before.Kind, DirectoryTaxonomies.Kinds.Find(after.Kind)?.Label ?? after.Kind),
        Field("Status", before.Status.Label(), after.Status.Label()),
        Field("Ages", Ages(before), Ages(after)),
        Field("Needs supported", Terms(DirectoryTaxonomies.Needs, before.Needs), Terms(DirectoryTaxonomies.Needs, after.Needs)),
        Field("Where it runs", Terms(DirectoryTaxonomies.Localities, before.Localities), Terms(DirectoryTaxonomies.Localities, after.Localities)),
        Field("Cost", Terms(DirectoryTaxonomies.Costs, before.Costs), Terms(DirectoryTaxonomies.Costs, after.Costs)),
        Field("Prices or funding", before.CostDetail, after.CostDetail),
        Field("How families get it", Terms(DirectoryTaxonomies.AccessRoutes, before.AccessRoutes), Terms(DirectoryTaxonomies.AccessRoutes, after.AccessRoutes)),
        Field("Opening times", before.OpeningTimes, after.OpeningTimes),
        Field("Contact name", before.ContactName, after.ContactName),
        Field("Phone", before.Phone, after.Phone),
        Field("Email", before.Email, after.Email),
        Field("Website", before.Website, after.Website),
        Field("Venue name", before.VenueName, after.VenueName),
        Field("Street address", before.VenueAddress, after.VenueAddress),
        Field("Town", before.VenueTown, after.VenueTown),
        Field("Postcode", before.VenuePostcode, after.VenuePostcode),
        Field("Venue accessibility", before.VenueAccessibility, after.VenueAccessibility),
        Field("What staff are trained in", before.StaffTraining, after.StaffTraining),
        Field("Which needs they can meet", before.NeedsMet, after.NeedsMet),
        Field("Who checked it", before.VerifiedBy, after.VerifiedBy),
        Field("When it was checked", Date(before.VerifiedOn), Date(after.VerifiedOn)),
        Field("Who keeps this listing up to date", before.OwnerOrganisation, after.OwnerOrganisation),
        Field("Review by", Date(before.ReviewBy), Date(after.ReviewBy)),
    ];

    private static FieldDifference Field(string label, string? before, string? after) => new(label, TextDiff.Compare(before, after));

    private static string Ages(ServiceVersion version) => $"{version.MinimumAge} to {version.MaximumAge}";

    private static string Terms(Taxonomy taxonomy, IEnumerable<string> slugs) =>
        string.Join(", ", taxonomy.Terms.Where(t => slugs.Contains(t.Slug)).Select(t => t.Label));

    private static string? Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
