namespace BcpLocalOffer.Core.Content;

/// <summary>The document types a Local Offer is built from.</summary>
public static class DocumentTypes
{
    public const string Home = "home";
    public const string SectionPage = "sectionPage";
    public const string ContentPage = "contentPage";
    public const string Guide = "guide";
    public const string GuidePart = "guidePart";
    public const string GraduatedResponse = "graduatedResponse";
    public const string StepByStep = "stepByStep";
    public const string Glossary = "glossary";
    public const string GlossaryTerm = "glossaryTerm";

    public static readonly IReadOnlyDictionary<string, string> Phases = new Dictionary<string, string>
    {
        ["early-years"] = "Early years (0 to 5)",
        ["school-age"] = "School age (5 to 16)",
        ["post-16"] = "Post-16 (16 to 25)",
    };

    public static readonly IReadOnlyDictionary<string, string> AreasOfNeed = new Dictionary<string, string>
    {
        ["communication-and-interaction"] = "Communication and interaction",
        ["cognition-and-learning"] = "Cognition and learning",
        ["social-emotional-and-mental-health"] = "Social, emotional and mental health",
        ["sensory-and-physical"] = "Sensory and/or physical needs",
    };

    /// <summary>The three levels of the graduated response, in the order a family meets them.</summary>
    public static readonly IReadOnlyList<PropertyType> SupportLevels =
    [
        new("ordinarilyAvailable", "Ordinarily available support", PropertyKind.RichText, Required: true),
        new("senSupport", "SEN support: assess, plan, do, review", PropertyKind.RichText, Required: true),
        new("specialist", "Specialist support", PropertyKind.RichText, Required: true),
    ];

    private static readonly string[] PageTypes = [SectionPage, ContentPage, Guide];

    public static readonly IReadOnlyList<DocumentType> All =
    [
        new(Home, "Home page", [], [.. PageTypes]),
        new(SectionPage, "Section landing page", [], [.. PageTypes, GraduatedResponse, StepByStep, Glossary]),
        new(ContentPage, "Content page", [], [ContentPage]),
        new(Guide, "Guide", [], [GuidePart]),
        new(GuidePart, "Guide part", [], []),
        // Each second-level heading of the text is a step; the pages it links to show the journey beside them.
        new(StepByStep, "Step-by-step journey", [], []),
        // The glossary lists its terms; the first use of a term on any other page links to it.
        new(Glossary, "Glossary", [], [GlossaryTerm]),
        new(
            GlossaryTerm,
            "Glossary term",
            [new("otherNames", "Other names and abbreviations, separated by commas (optional)", PropertyKind.Text)],
            []),
        new(
            GraduatedResponse,
            "Graduated-response page",
            [
                new("phase", "Phase", PropertyKind.Choice, Required: true, Choices: Phases),
                new("areaOfNeed", "Broad area of need", PropertyKind.Choice, Required: true, Choices: AreasOfNeed),
                .. SupportLevels,
            ],
            []),
    ];

    public static DocumentType? Find(string alias) => All.FirstOrDefault(t => t.Alias == alias);

    public static DocumentType Get(string alias) =>
        Find(alias) ?? throw new ArgumentException($"Unknown document type '{alias}'.", nameof(alias));
}
