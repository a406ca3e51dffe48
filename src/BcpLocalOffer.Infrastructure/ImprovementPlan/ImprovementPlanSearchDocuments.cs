using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>The published plan's actions as search documents, read from the published plan in memory.</summary>
public sealed class ImprovementPlanSearchDocuments : ISearchDocumentSource, IDisposable
{
    public const string ActionType = "improvement-plan-action";
    public const string AreaType = "improvement-plan-area";

    private readonly IPublishedPlanCache cache;

    public ImprovementPlanSearchDocuments(IPublishedPlanCache cache)
    {
        this.cache = cache;
        cache.Replaced += OnReplaced;
    }

    public event Action? Changed;

    public string Name => "improvement-plan";

    public bool IsLoaded => cache.IsLoaded;

    public IReadOnlyDictionary<string, string> TypeLabels { get; } = new Dictionary<string, string>
    {
        [ActionType] = "What we are changing: a plan action",
        [AreaType] = "Improvement plan: one of its 8 areas",
    };

    public IReadOnlyList<SearchDocument> GetDocuments()
    {
        var plan = cache.Current;
        return [
            .. plan.Areas.Select(AreaDocument),
            .. plan.Areas.SelectMany(a => a.FocusAreas.SelectMany(f => f.Actions.Select(action => ToDocument(a, f, action))))];
    }

    public void Dispose() => cache.Replaced -= OnReplaced;

    private void OnReplaced(PublishedPlan plan) => Changed?.Invoke();

    // The plan's words overlap the guides' (EHC plans, direct payments, exclusion), and a family
    // searching them wants the guide first. So the plan's words go only in the body, the field
    // that counts least: a guide that matches in its title or summary stays above the plan, while
    // a search for the plan's own words still finds it. An action's title is its short
    // plain-English title, weighted at a tenth of a title ("Cut waiting times for speech and
    // language therapy" is not the help a family wants when they type "speech and language
    // therapy"). The bodies are full (finding, focus area, evidence) because the index treats a
    // word in most bodies as common, and short bodies would make everyday words decisive for every
    // search. An area's own document ("Improvement plan area 6: EHCPs") counts for even less, a
    // tenth of a title and half of a text, so it never outranks the guide for the same words but
    // "improvement plan exclusions" finds it.
    private const float TitleWeight = 0.1f;

    private static SearchDocument AreaDocument(PublishedArea area) => new()
    {
        Key = "improvement-plan:area:" + area.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Type = AreaType,
        Url = $"/improvement-plan/areas/{area.Number}",
        Title = $"Improvement plan area {area.Number}: {area.Title}",
        TitleWeight = TitleWeight,
        TextWeight = 0.5f,
        Keywords = "improvement plan area",
        Summary = area.WhatWeAreChanging,
        Body = string.Join(' ', [area.Finding, .. area.FocusAreas.Select(f => f.Title ?? "")]),
    };

    private static SearchDocument ToDocument(PublishedArea area, PublishedFocusArea focus, PublishedAction action) => new()
    {
        Key = "improvement-plan:action:" + action.Ref,
        Type = ActionType,
        Url = $"/improvement-plan/actions/{action.Ref}",
        Title = action.Name,
        TitleWeight = TitleWeight,
        Keywords = action.Ref,
        Summary = $"Action {action.Ref}: {action.Status.Label()}. Area {area.Number}, focus area {focus.Number}.",
        Body = string.Join(' ', [
            action.DisplayTitle, focus.Title ?? "", focus.OverallImpact ?? "", .. action.Evidence.Select(e => e.Text),
            area.Title, area.Finding, area.WhatWeAreChanging, .. action.History.Select(h => h.Commentary)]),
    };
}
