namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>
/// How the WSoA says impact will be shown: the six kinds it names for every action, plus the
/// labels a few of its statements use ("SEND Forum", "Accessibility measures") and Other.
/// </summary>
public static class EvidenceKinds
{
    public static IReadOnlyList<string> All { get; } = ["PI", "Audit", "Voice", "Review", "Minutes", "Survey", "Forum", "Accessibility measures", "Other"];

    public static bool IsKnown(string? kind) => kind is not null && All.Contains(kind, StringComparer.Ordinal);

    /// <summary>What a kind means to a family reading the plan.</summary>
    public static string Describe(string kind) => kind switch
    {
        "PI" => "PI (performance figures)",
        "Audit" => "Audit (a check of case files or practice)",
        "Voice" => "Voice (what children, young people and families told us)",
        "Review" => "Review (an independent or partner review)",
        "Minutes" => "Minutes (a decision recorded by a board)",
        "Survey" => "Survey",
        "Forum" => "Forum (the SEND Forum)",
        _ => kind,
    };
}
