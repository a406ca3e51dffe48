using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BcpLocalOffer.Core.ServiceDirectory;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>
/// content-seed/directory/services.json: the sample services a new install starts with. Every
/// entry is sample data and is labelled so on the public pages and in the API.
/// </summary>
public static class DirectorySeed
{
    public const string FileName = "services.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The seeded services by key, or null when the seed has no directory.</summary>
    public static IReadOnlyList<SeedService>? Read(string seedRoot)
    {
        var path = Path.Combine(seedRoot, "directory", FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var file = JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        var problems = file.Services.SelectMany(s => s.Problems()).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"{path}: {string.Join("; ", problems)}");
        }

        var duplicate = file.Services.GroupBy(s => s.Key, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        return duplicate is not null ? throw new InvalidDataException($"{path}: the key '{duplicate.Key}' is used twice.") : file.Services;
    }

    public static Guid IdFor(string key) => StableId.For("directory-service:" + key.ToLowerInvariant());

    public sealed record SeedFile(string? Notice, List<SeedService> Services);

    public sealed record SeedContact(string? Name, string? Phone, string? Email, string? Website);

    public sealed record SeedVenue(string? Name, string? Address, string? Town, string? Postcode, string? Accessibility);

    public sealed record SeedEvidence(string? StaffTraining, string? NeedsMet, string? VerifiedBy, DateOnly? VerifiedOn);

    public sealed record SeedService(
        string Key, string Name, string Organisation, string Description, string Kind, int MinimumAge, int MaximumAge,
        List<string> Needs, List<string> Localities, List<string> Costs, string? CostDetail, List<string> Access,
        SeedContact? Contact, SeedVenue? Venue, string? OpeningTimes, string Status, string Owner, DateOnly ReviewBy, SeedEvidence? Evidence)
    {
        public IEnumerable<string> Problems()
        {
            if (!Core.Content.UrlSegment.IsValid(Key))
            {
                yield return $"'{Key}' is not a valid address segment";
            }

            if (!DirectoryTaxonomies.Kinds.IsKnown(Kind))
            {
                yield return $"{Key}: unknown kind '{Kind}'";
            }

            if (ServiceStatuses.Parse(Status) is null)
            {
                yield return $"{Key}: unknown status '{Status}'";
            }

            if (MinimumAge < 0 || MaximumAge < MinimumAge)
            {
                yield return $"{Key}: ages {MinimumAge} to {MaximumAge} make no sense";
            }

            foreach (var (taxonomy, slugs) in new[] { (DirectoryTaxonomies.Needs, Needs), (DirectoryTaxonomies.Localities, Localities), (DirectoryTaxonomies.Costs, Costs), (DirectoryTaxonomies.AccessRoutes, Access) })
            {
                foreach (var slug in slugs.Where(s => !taxonomy.IsKnown(s)))
                {
                    yield return $"{Key}: unknown {taxonomy.Slug} '{slug}'";
                }
            }
        }

        public string Hash() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, Json))))[..32];

        public ServiceVersion ToVersion(Guid serviceId, int number, DateTimeOffset at) => new()
        {
            ServiceId = serviceId,
            Number = number,
            Name = Name,
            Organisation = Organisation,
            Description = Description,
            Kind = Kind,
            MinimumAge = MinimumAge,
            MaximumAge = MaximumAge,
            Needs = [.. Needs],
            Localities = [.. Localities],
            Costs = [.. Costs],
            CostDetail = CostDetail,
            AccessRoutes = [.. Access],
            ContactName = Contact?.Name,
            Phone = Contact?.Phone,
            Email = Contact?.Email,
            Website = Contact?.Website,
            VenueName = Venue?.Name,
            VenueAddress = Venue?.Address,
            VenueTown = Venue?.Town,
            VenuePostcode = Venue?.Postcode,
            VenueAccessibility = Venue?.Accessibility,
            OpeningTimes = OpeningTimes,
            Status = ServiceStatuses.Parse(Status)!.Value,
            OwnerOrganisation = Owner,
            ReviewBy = ReviewBy,
            StaffTraining = Evidence?.StaffTraining,
            NeedsMet = Evidence?.NeedsMet,
            VerifiedBy = Evidence?.VerifiedBy,
            VerifiedOn = Evidence?.VerifiedOn,
            IsSample = true,
            CreatedAt = at,
            CreatedBy = Core.Content.ContentVersion.SeedAuthor,
            SeedHash = Hash(),
            Review = new() { State = Core.Workflow.WorkflowState.Approved, Revision = number, Contributors = Core.Content.ContentVersion.SeedAuthor, ReviewedBy = Core.Content.ContentVersion.SeedAuthor, ReviewedAt = at },
        };
    }
}
