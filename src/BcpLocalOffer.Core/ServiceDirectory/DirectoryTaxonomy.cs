using System.Security.Cryptography;
using System.Text;

namespace BcpLocalOffer.Core.ServiceDirectory;

/// <summary>One term families filter on (a kind, a need, a locality, a cost or an access route).</summary>
/// <param name="Slug">The value in addresses and query strings: "short-break".</param>
/// <param name="ParentSlug">A specific condition's broad area of need; null for a top-level term.</param>
public sealed record TaxonomyTerm(string Taxonomy, string Slug, string Label, string Description, string? ParentSlug = null)
{
    /// <summary>Derived from the taxonomy and slug, so it is the same after every reseed and on every node.</summary>
    public Guid Id { get; } = StableId.For($"taxonomy-term:{Taxonomy}:{Slug}");
}

/// <summary>A named list of terms, published as an Open Referral taxonomy.</summary>
public sealed record Taxonomy(string Slug, string Name, string Description, IReadOnlyList<TaxonomyTerm> Terms)
{
    public Guid Id { get; } = StableId.For($"taxonomy:{Slug}");

    public TaxonomyTerm? Find(string? slug) =>
        slug is null ? null : Terms.FirstOrDefault(t => string.Equals(t.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool IsKnown(string? slug) => Find(slug) is not null;
}

/// <summary>Name-based ids (the idea of a UUID version 5): the same name always gives the same id.</summary>
public static class StableId
{
    private static readonly byte[] Namespace = Guid.Parse("6f1c3a52-4c1e-4f0b-9a57-3d5e0b1c2a10").ToByteArray();

    public static Guid For(string name)
    {
        var hash = SHA1.HashData([.. Namespace, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // version 5 (Guid byte order keeps the version in byte 7)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}

/// <summary>
/// The directory's five taxonomies. Services store term slugs; the Open Referral API publishes
/// the same terms with their stable ids.
/// </summary>
public static class DirectoryTaxonomies
{
    public const string Kind = "kind";
    public const string Need = "need";
    public const string Locality = "locality";
    public const string Cost = "cost";
    public const string Access = "access";

    public static Taxonomy Kinds { get; } = new(Kind, "Kind of service", "What sort of service it is.",
    [
        new(Kind, "short-break", "Short break", "Time away doing something enjoyable, which gives parents and carers a break from caring."),
        new(Kind, "activity-or-club", "Activity or club", "Regular activities, clubs and sessions."),
        new(Kind, "support-group", "Support group", "Groups where families or young people meet and support each other."),
        new(Kind, "health-service", "Health service", "NHS and other health services."),
        new(Kind, "education-support", "Education support", "Help with learning, school and college."),
        new(Kind, "advice", "Advice", "Information, advice and advocacy."),
    ]);

    public static Taxonomy Needs { get; } = new(Need, "Needs supported", "The four broad areas of need in the SEND Code of Practice, and specific conditions within them.",
    [
        new(Need, "communication-and-interaction", "Communication and interaction", "Speech, language and communication needs, including autism."),
        new(Need, "cognition-and-learning", "Cognition and learning", "Learning difficulties, from moderate to profound and multiple."),
        new(Need, "social-emotional-and-mental-health", "Social, emotional and mental health", "Emotional wellbeing, mental health and attention needs."),
        new(Need, "sensory-and-physical", "Sensory and physical", "Hearing, vision, physical disability and complex health needs."),
        new(Need, "autism", "Autism", "Autistic children and young people.", "communication-and-interaction"),
        new(Need, "speech-language-and-communication", "Speech, language and communication needs", "Difficulty speaking, understanding or using language.", "communication-and-interaction"),
        new(Need, "learning-disability", "Learning disability", "Moderate, severe or profound and multiple learning disabilities.", "cognition-and-learning"),
        new(Need, "specific-learning-difficulty", "Specific learning difficulty", "Dyslexia, dyscalculia and dyspraxia.", "cognition-and-learning"),
        new(Need, "adhd", "ADHD", "Attention deficit hyperactivity disorder.", "social-emotional-and-mental-health"),
        new(Need, "mental-health", "Mental health", "Anxiety, low mood and other mental health needs.", "social-emotional-and-mental-health"),
        new(Need, "hearing-impairment", "Hearing impairment", "Deaf and hearing-impaired children and young people.", "sensory-and-physical"),
        new(Need, "visual-impairment", "Visual impairment", "Blind and partially sighted children and young people.", "sensory-and-physical"),
        new(Need, "physical-disability", "Physical disability", "Physical disabilities, including wheelchair users.", "sensory-and-physical"),
        new(Need, "complex-health-needs", "Complex health needs", "Medical needs that need trained care, such as tube feeding or epilepsy care.", "sensory-and-physical"),
    ]);

    public static Taxonomy Localities { get; } = new(Locality, "Where", "Where the service runs.",
    [
        new(Locality, "bournemouth", "Bournemouth", "In Bournemouth."),
        new(Locality, "christchurch", "Christchurch", "In Christchurch."),
        new(Locality, "poole", "Poole", "In Poole."),
        new(Locality, "wider-dorset", "Wider Dorset", "Elsewhere in Dorset, outside Bournemouth, Christchurch and Poole."),
        new(Locality, "online", "Online", "Online or by phone, wherever you live."),
    ]);

    public static Taxonomy Costs { get; } = new(Cost, "Cost", "What families pay.",
    [
        new(Cost, "free", "Free", "No charge to families."),
        new(Cost, "paid", "Paid", "Families pay a fee."),
        new(Cost, "short-break-assessment", "Funded through a short-break assessment", "Paid for by the council after a short-break assessment."),
        new(Cost, "personal-budget", "Can be paid with a personal budget", "Can be paid for with a personal budget or direct payment."),
    ]);

    public static Taxonomy AccessRoutes { get; } = new(Access, "How to access it", "How a family gets the service.",
    [
        new(Access, "self-referral", "Self-referral", "Families contact the service themselves."),
        new(Access, "referral", "Referral", "A professional such as a GP, school or health visitor refers you."),
        new(Access, "assessment", "Assessment", "After an assessment, for example by children's social care."),
        new(Access, "ehcp", "EHCP", "Through an education, health and care plan."),
    ]);

    /// <summary>In the order the API lists them.</summary>
    public static IReadOnlyList<Taxonomy> All { get; } = [Kinds, Needs, Localities, Costs, AccessRoutes];

    public static IReadOnlyDictionary<Guid, TaxonomyTerm> TermsById { get; } =
        All.SelectMany(t => t.Terms).ToDictionary(t => t.Id);

    public static IReadOnlyDictionary<Guid, Taxonomy> ById { get; } = All.ToDictionary(t => t.Id);

    public static Taxonomy Get(string slug) => All.Single(t => t.Slug == slug);
}
