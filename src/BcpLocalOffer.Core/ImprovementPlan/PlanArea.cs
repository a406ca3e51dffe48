namespace BcpLocalOffer.Core.ImprovementPlan;

/// <summary>One of the eight areas for improvement: a significant weakness the inspection found.</summary>
public class PlanArea
{
    public int Number { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The inspection's finding, as the WSoA words it.</summary>
    public string Finding { get; set; } = "";

    /// <summary>A plain-English summary for families of what is changing.</summary>
    public string WhatWeAreChanging { get; set; } = "";

    /// <summary>One or two very short sentences for the easy-read summary.</summary>
    public string EasyRead { get; set; } = "";

    /// <summary>The seed entry this row was last imported from, so an unchanged seed is not rewritten.</summary>
    public string SeedHash { get; set; } = "";
}

/// <summary>A focus area within an area, with the impact the WSoA says it will have.</summary>
public class PlanFocusArea
{
    public int Number { get; set; }

    public int AreaNumber { get; set; }

    /// <summary>Null where the PDF lost the title.</summary>
    public string? Title { get; set; }

    public string? OverallImpact { get; set; }

    /// <summary>What the seed file says could not be recovered from the PDF.</summary>
    public List<string> Unrecovered { get; set; } = [];

    public string SeedHash { get; set; } = "";
}

/// <summary>How the WSoA says a milestone action's impact will be shown.</summary>
public sealed record PlannedEvidence(string Kind, string Text);

/// <summary>
/// A milestone action ("8A"). Its text, officers and dates come from the seed; its status is the
/// one families see, changed only by a published <see cref="StatusChange"/>.
/// </summary>
public class PlanAction
{
    public const int MaxRefLength = 8;
    public const int PlainTitleLength = 120;

    public string Ref { get; set; } = "";

    public int FocusAreaNumber { get; set; }

    /// <summary>The order within the focus area (refs sort as text: "8J" before "8K").</summary>
    public int SortOrder { get; set; }

    /// <summary>The action as written; null where the PDF lost it.</summary>
    public string? Title { get; set; }

    /// <summary>
    /// A short title in plain English, written for families (the plan's own words are long and
    /// written for officers); null where none has been written yet.
    /// </summary>
    public string? PlainTitle { get; set; }

    public List<string> Officers { get; set; } = [];

    /// <summary>"2022-01", "on-going" or null (see <see cref="PlanMonth"/>).</summary>
    public string? Start { get; set; }

    public string? End { get; set; }

    public ActionStatus Status { get; set; }

    public List<PlannedEvidence> Evidence { get; set; } = [];

    public List<string> Unrecovered { get; set; } = [];

    public string SeedHash { get; set; } = "";

    /// <summary>When a published status change last set <see cref="Status"/>; from then on the seed never changes it.</summary>
    public DateTimeOffset? StatusChangedAt { get; set; }

    /// <summary>When a published change last set <see cref="PlainTitle"/>; from then on the seed never changes it.</summary>
    public DateTimeOffset? PlainTitleChangedAt { get; set; }
}
