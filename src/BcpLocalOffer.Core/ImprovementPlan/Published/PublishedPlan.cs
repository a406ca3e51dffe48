using System.Collections.Frozen;
using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.ImprovementPlan.Published;

/// <summary>
/// The improvement plan as families see it, at one moment: only published statuses, changes and
/// reports. Built whole and swapped in on publish, never changed after, so a page view reads
/// memory and never half a publish.
/// </summary>
public sealed class PublishedPlan
{
    private readonly FrozenDictionary<string, PublishedAction> actionsByRef;

    public PublishedPlan(PlanDocument document, IReadOnlyList<PublishedArea> areas, IReadOnlyList<PublishedReport> reports, long generation)
    {
        Document = document;
        Areas = areas;
        Reports = reports;
        Generation = generation;
        Actions = [.. areas.SelectMany(a => a.FocusAreas).SelectMany(f => f.Actions)];
        actionsByRef = Actions.ToFrozenDictionary(a => a.Ref, StringComparer.OrdinalIgnoreCase);
        Officers = [.. Actions.SelectMany(a => a.Officers).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        LastUpdated = Freshness.LatestDay(Actions.Select(a => a.LastChanged).Concat(reports.Select(r => (DateTimeOffset?)r.PublishedAt))) ?? document.Agreed;
    }

    /// <summary>Who keeps the plan's pages up to date, as their freshness line names them.</summary>
    public const string KeptUpToDateBy = "the SEND Improvement Board";

    public static PublishedPlan Empty { get; } = new(PlanDocument.None, [], [], 0);

    public PlanDocument Document { get; }

    public long Generation { get; }

    public IReadOnlyList<PublishedArea> Areas { get; }

    public IReadOnlyList<PublishedAction> Actions { get; }

    /// <summary>Every accountable officer named in the plan, for the filter.</summary>
    public IReadOnlyList<string> Officers { get; }

    /// <summary>Published quarterly reports, newest first.</summary>
    public IReadOnlyList<PublishedReport> Reports { get; }

    public PublishedReport? LastReport => Reports.Count > 0 ? Reports[0] : null;

    /// <summary>The day a status change or report was last published; the day the plan was agreed before any.</summary>
    public DateOnly? LastUpdated { get; }

    /// <summary>An area's or an action's last published change, or the plan's agreement before any.</summary>
    public DateOnly? LastUpdatedOf(IEnumerable<PublishedAction> actions) =>
        Freshness.LatestDay(actions.Select(a => a.LastChanged)) ?? Document.Agreed;

    /// <summary>The freshness line of a page about the whole plan, or about <paramref name="actions"/> of it.</summary>
    public Freshness? FreshnessOf(IEnumerable<PublishedAction>? actions = null) =>
        (actions is null ? LastUpdated : LastUpdatedOf(actions)) is { } day ? new(FreshnessKind.Updated, day, KeptUpToDateBy) : null;

    public PublishedAction? FindAction(string? actionRef) => actionRef is null ? null : actionsByRef.GetValueOrDefault(actionRef);

    public PublishedArea? FindArea(int number) => Areas.FirstOrDefault(a => a.Number == number);

    public PublishedArea? AreaOfFocusArea(int focusAreaNumber) => Areas.FirstOrDefault(a => a.FocusAreas.Any(f => f.Number == focusAreaNumber));

    public PublishedReport? FindReport(long id) => Reports.FirstOrDefault(r => r.Id == id);
}

/// <summary>What the plan is, from the seed file's header.</summary>
public sealed record PlanDocument(string Title, string Council, DateOnly? Agreed)
{
    public static PlanDocument None { get; } = new("Improvement plan", "", null);
}

public sealed record PublishedArea(int Number, string Title, string Finding, string WhatWeAreChanging, string EasyRead, IReadOnlyList<PublishedFocusArea> FocusAreas)
{
    public IEnumerable<PublishedAction> Actions => FocusAreas.SelectMany(f => f.Actions);

    public int Count(ActionStatus status) => Actions.Count(a => a.Status == status);
}

public sealed record PublishedFocusArea(int Number, int AreaNumber, string? Title, string? OverallImpact, IReadOnlyList<string> Unrecovered, IReadOnlyList<PublishedAction> Actions)
{
    public string DisplayTitle => Title ?? "Title not recovered from the original document";
}

public sealed record PublishedAction(
    string Ref,
    int AreaNumber,
    int FocusAreaNumber,
    string? Title,
    string? PlainTitle,
    IReadOnlyList<string> Officers,
    string? Start,
    string? End,
    ActionStatus Status,
    IReadOnlyList<PlannedEvidence> Evidence,
    IReadOnlyList<string> Unrecovered,
    IReadOnlyList<PublishedStatusChange> History)
{
    public string DisplayTitle => Title ?? "Action text not recovered from the original document";

    /// <summary>What families call the action: its plain-English title, or its reference until it has one.</summary>
    public string Name => PlainTitle ?? $"Action {Ref}";

    /// <summary>The name with the reference beside it, for page titles and lists read out of context.</summary>
    public string NameWithRef => PlainTitle is null ? Name : $"{PlainTitle} (action {Ref})";

    /// <summary>A status change was published after the last quarterly report (or there has been no report yet).</summary>
    public bool ChangedSinceLastReport => History.Any(h => h.QuarterlyReportId is null);

    public DateTimeOffset? LastChanged => History.Count > 0 ? History[0].PublishedAt : null;

    public bool IsOverdue(DateOnly today) => OverdueRule.IsOverdue(End, Status, today);
}

/// <summary>A published status change, as the action's history and the quarterly reports show it.</summary>
public sealed record PublishedStatusChange(
    long Id,
    string ActionRef,
    ActionStatus From,
    ActionStatus To,
    string Commentary,
    string EvidenceKind,
    string? EvidenceNote,
    string? NewTitle,
    DateTimeOffset PublishedAt,
    long? QuarterlyReportId);

public sealed record PublishedReport(long Id, string Title, string Summary, DateTimeOffset PublishedAt, IReadOnlyList<PublishedStatusChange> Changes)
{
    public string Path => $"/improvement-plan/quarterly-reports/{Id}";
}
