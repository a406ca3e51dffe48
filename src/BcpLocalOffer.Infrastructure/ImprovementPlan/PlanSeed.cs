using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>The improvement plan as content-seed/improvement-plan holds it, checked and ready to import.</summary>
public sealed record PlanSeed(PlanDocument Document, IReadOnlyList<PlanArea> Areas, IReadOnlyList<PlanFocusArea> FocusAreas, IReadOnlyList<PlanAction> Actions)
{
    public const string Folder = "improvement-plan";
    public const string PlanFile = "wsoa.json";
    public const string PlainEnglishFile = "plain-english.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Reads wsoa.json (the WSoA's data) and plain-english.json (the words written for families).
    /// Null when the seed has no plan; a plan with mistakes is refused whole, every problem listed.
    /// </summary>
    public static PlanSeed? Read(string seedRoot)
    {
        var planPath = Path.Combine(seedRoot, Folder, PlanFile);
        if (!File.Exists(planPath))
        {
            return null;
        }

        SeedFile plan;
        PlainEnglishWords? plain = null;
        try
        {
            plan = JsonSerializer.Deserialize<SeedFile>(File.ReadAllText(planPath), Json) ?? throw new PlanSeedException([$"{PlanFile} is empty."]);
            var plainPath = Path.Combine(seedRoot, Folder, PlainEnglishFile);
            if (File.Exists(plainPath))
            {
                plain = JsonSerializer.Deserialize<PlainEnglishWords>(File.ReadAllText(plainPath), Json);
            }
        }
        catch (JsonException exception)
        {
            throw new PlanSeedException([$"The improvement plan seed is not valid JSON: {exception.Message}"]);
        }

        var problems = new List<string>();
        var words = (plain?.Areas ?? []).GroupBy(a => a.Number).ToDictionary(g => g.Key, g => g.First());
        var plainTitles = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in plain?.Actions ?? [])
        {
            if (string.IsNullOrWhiteSpace(title.Ref) || string.IsNullOrWhiteSpace(title.Title))
            {
                problems.Add($"{PlainEnglishFile}: every action title needs a ref and a title ('{title.Ref}').");
            }
            else if (title.Title.Trim().Length > PlanAction.PlainTitleLength)
            {
                problems.Add($"{PlainEnglishFile}: the title of action {title.Ref} is longer than {PlanAction.PlainTitleLength} characters.");
            }
            else if (!plainTitles.TryAdd(title.Ref.Trim(), title.Title.Trim()))
            {
                problems.Add($"{PlainEnglishFile}: action {title.Ref} has more than one title.");
            }
        }

        var areas = new List<PlanArea>();
        var focusAreas = new List<PlanFocusArea>();
        var actions = new List<PlanAction>();
        foreach (var area in plan.Areas ?? [])
        {
            var plainArea = words.GetValueOrDefault(area.Number);
            if (string.IsNullOrWhiteSpace(area.Title))
            {
                problems.Add($"Area {area.Number} has no title.");
            }

            areas.Add(Hashed(new PlanArea
            {
                Number = area.Number,
                Title = area.Title?.Trim() ?? "",
                Finding = area.Finding?.Trim() ?? "",
                WhatWeAreChanging = plainArea?.WhatWeAreChanging?.Trim() ?? "",
                EasyRead = plainArea?.EasyRead?.Trim() ?? "",
            }));

            foreach (var focus in area.FocusAreas ?? [])
            {
                focusAreas.Add(Hashed(new PlanFocusArea
                {
                    Number = focus.Number,
                    AreaNumber = area.Number,
                    Title = Blank(focus.Title),
                    OverallImpact = Blank(focus.OverallImpact),
                    Unrecovered = [.. focus.Unrecovered ?? []],
                }));

                var order = 0;
                foreach (var action in focus.Actions ?? [])
                {
                    var where = $"Action {action.Ref} (focus area {focus.Number})";
                    if (string.IsNullOrWhiteSpace(action.Ref) || action.Ref.Length > PlanAction.MaxRefLength)
                    {
                        problems.Add($"{where}: the ref must be 1 to {PlanAction.MaxRefLength} characters.");
                    }

                    var status = ActionStatuses.Parse(action.Status ?? "Not started");
                    if (status is null)
                    {
                        problems.Add($"{where}: unknown status '{action.Status}'.");
                    }

                    foreach (var (name, value) in new[] { ("start", action.Start), ("end", action.End) })
                    {
                        if (!PlanMonth.IsValid(value))
                        {
                            problems.Add($"{where}: {name} '{value}' is not a month (YYYY-MM), \"{PlanMonth.OnGoing}\" or null.");
                        }
                    }

                    foreach (var evidence in action.Evidence ?? [])
                    {
                        if (!EvidenceKinds.IsKnown(evidence.Kind))
                        {
                            problems.Add($"{where}: unknown evidence kind '{evidence.Kind}'.");
                        }
                    }

                    actions.Add(Hashed(new PlanAction
                    {
                        Ref = action.Ref?.Trim() ?? "",
                        FocusAreaNumber = focus.Number,
                        SortOrder = order += 10,
                        Title = Blank(action.Action),
                        PlainTitle = plainTitles.GetValueOrDefault(action.Ref?.Trim() ?? ""),
                        Officers = [.. (action.Officers ?? []).Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim())],
                        Start = action.Start,
                        End = action.End,
                        Status = status ?? ActionStatus.NotStarted,
                        Evidence = [.. (action.Evidence ?? []).Select(e => new PlannedEvidence(e.Kind ?? "Other", e.Text?.Trim() ?? ""))],
                        Unrecovered = [.. action.Unrecovered ?? []],
                    }));
                }
            }
        }

        problems.AddRange(Duplicates(areas.Select(a => a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), "area number"));
        problems.AddRange(Duplicates(focusAreas.Select(f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), "focus area number"));
        problems.AddRange(Duplicates(actions.Select(a => a.Ref.ToUpperInvariant()), "action ref"));
        var refs = actions.Select(a => a.Ref).ToHashSet(StringComparer.OrdinalIgnoreCase);
        problems.AddRange(plainTitles.Keys.Where(r => !refs.Contains(r)).Select(r => $"{PlainEnglishFile}: there is a title for action {r}, which the plan does not have."));
        if (areas.Count == 0)
        {
            problems.Add($"{PlanFile} has no areas.");
        }

        if (problems.Count > 0)
        {
            throw new PlanSeedException(problems);
        }

        var agreed = DateOnly.TryParseExact(plan.Agreed, "yyyy-MM-dd", out var day) ? day : (DateOnly?)null;
        return new PlanSeed(new PlanDocument(plan.Title ?? "Written Statement of Action", plan.Council ?? "", agreed), areas, focusAreas, actions);
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string> values, string what) =>
        values.GroupBy(v => v).Where(g => g.Count() > 1).Select(g => $"The {what} {g.Key} is used more than once.");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static PlanArea Hashed(PlanArea area)
    {
        area.SeedHash = Hash(area.Title, area.Finding, area.WhatWeAreChanging, area.EasyRead);
        return area;
    }

    private static PlanFocusArea Hashed(PlanFocusArea focus)
    {
        focus.SeedHash = Hash(focus.AreaNumber, focus.Title, focus.OverallImpact, string.Join('\u001e', focus.Unrecovered));
        return focus;
    }

    private static PlanAction Hashed(PlanAction action)
    {
        action.SeedHash = Hash(
            action.FocusAreaNumber, action.SortOrder, action.Title, action.PlainTitle, string.Join('\u001e', action.Officers), action.Start, action.End, action.Status,
            string.Join('\u001e', action.Evidence.Select(e => e.Kind + "\u001d" + e.Text)), string.Join('\u001e', action.Unrecovered));
        return action;
    }

    private static string Hash(params object?[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p?.ToString() ?? "\u0000")))))[..32];

    private sealed record SeedFile(string? Title, string? Council, string? Agreed, List<SeedArea>? Areas);

    private sealed record SeedArea(int Number, string? Title, string? Finding, List<SeedFocusArea>? FocusAreas);

    private sealed record SeedFocusArea(int Number, string? Title, string? OverallImpact, List<SeedAction>? Actions, List<string>? Unrecovered);

    private sealed record SeedAction(string? Ref, string? Action, List<string>? Officers, string? Start, string? End, string? Status, List<SeedEvidence>? Evidence, List<string>? Unrecovered);

    private sealed record SeedEvidence(string? Kind, string? Text);

    private sealed record PlainEnglishWords(List<PlainEnglishArea>? Areas, List<PlainEnglishAction>? Actions);

    private sealed record PlainEnglishAction(string? Ref, string? Title);

    private sealed record PlainEnglishArea(int Number, string? WhatWeAreChanging, string? EasyRead);
}

public sealed class PlanSeedException(IReadOnlyList<string> problems)
    : Exception("The improvement plan seed has problems:\n" + string.Join('\n', problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
