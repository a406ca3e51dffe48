namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>
/// A service in the directory: its identity and address. What it says lives in its versions,
/// which are only ever added, as a page's are; publishing points at one.
/// </summary>
public class DirectoryService
{
    /// <summary>Also the Open Referral service id. Seeded services derive it from their seed key.</summary>
    public Guid Id { get; set; }

    /// <summary>The public address: /directory/{slug}.</summary>
    public string Slug { get; set; } = "";

    public long? PublishedVersionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ServiceVersion> Versions { get; set; } = [];
}

/// <summary>One saved state of a service: everything families read, and where it is in the workflow.</summary>
public class ServiceVersion : Workflow.IReviewable
{
    public const int NameLength = 150;
    public const int OrganisationLength = 150;
    public const int DescriptionLength = 4000;
    public const int ShortTextLength = 200;
    public const int LongTextLength = 1000;

    public long Id { get; set; }

    public Guid ServiceId { get; set; }

    public int Number { get; set; }

    public string Name { get; set; } = "";

    public string Organisation { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>A term of <see cref="DirectoryTaxonomies.Kinds"/>.</summary>
    public string Kind { get; set; } = "";

    public int MinimumAge { get; set; }

    public int MaximumAge { get; set; }

    public List<string> Needs { get; set; } = [];

    public List<string> Localities { get; set; } = [];

    public List<string> Costs { get; set; } = [];

    /// <summary>Prices or how funding works, in the provider's words.</summary>
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

    public ServiceStatus Status { get; set; }

    public string OwnerOrganisation { get; set; } = "";

    public DateOnly ReviewBy { get; set; }

    public string? StaffTraining { get; set; }

    public string? NeedsMet { get; set; }

    public string? VerifiedBy { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    /// <summary>
    /// The day its provider last confirmed the listing is still right without changing it (the
    /// "still correct" link); an approved change counts as a check on the day it was approved.
    /// </summary>
    public DateOnly? CheckedOn { get; set; }

    /// <summary>Made-up sample data from the content seed, labelled as such wherever it shows.</summary>
    public bool IsSample { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>Hash of the seed entry this version was imported from; null for editors' versions.</summary>
    public string? SeedHash { get; set; }

    /// <summary>Each version is reviewed as it is: its revision is its number.</summary>
    public Workflow.ReviewState Review { get; set; } = new();

    public SendFriendlyEvidence Evidence => new(StaffTraining, NeedsMet, VerifiedBy, VerifiedOn);

    /// <summary>This version's content as the next one, saved by someone else; the old version stays as it was.</summary>
    public ServiceVersion CopyAsNext(int number, string author, DateTimeOffset at)
    {
        var next = (ServiceVersion)MemberwiseClone();
        next.Id = 0;
        next.Number = number;
        next.Needs = [.. Needs];
        next.Localities = [.. Localities];
        next.Costs = [.. Costs];
        next.AccessRoutes = [.. AccessRoutes];
        next.CreatedAt = at;
        next.CreatedBy = author;
        next.SeedHash = null;
        next.Review = Review.ForNextVersion(number, author);
        return next;
    }
}
