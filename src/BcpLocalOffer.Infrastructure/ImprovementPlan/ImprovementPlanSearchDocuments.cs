using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Search;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

/// <summary>The published plan's areas and actions as search documents, read from the published plan in memory.</summary>
public sealed class ImprovementPlanSearchDocuments : ISearchDocumentSource, IDisposable
{
    public const string ActionType = "improvement-plan-action";
    public const string AreaType = "improvement-plan-area";
    private const int TitleLength = 90;

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
        [ActionType] = "Improvement plan action",
        [AreaType] = "Improvement plan area",
    };

    public IReadOnlyList<SearchDocument> GetDocuments()
    {
        var plan = cache.Current;
        return [.. plan.Areas.Select(ToDocument), .. plan.Areas.SelectMany(a => a.FocusAreas.SelectMany(f => f.Actions.Select(action => ToDocument(a, f, action))))];
    }

    public void Dispose() => cache.Replaced -= OnReplaced;

    private void OnReplaced(PublishedPlan plan) => Changed?.Invoke();

    private static SearchDocument ToDocument(PublishedArea area) => new()
    {
        Key = "improvement-plan:area:" + area.Number,
        Type = AreaType,
        Url = $"/improvement-plan/areas/{area.Number}",
        Title = $"Improvement plan: {area.Title}",
        Keywords = "improvement plan written statement of action WSoA progress",
        Summary = area.WhatWeAreChanging,
        Body = string.Join(' ', [area.Finding, .. area.FocusAreas.Select(f => f.Title ?? "")]),
    };

    private static SearchDocument ToDocument(PublishedArea area, PublishedFocusArea focus, PublishedAction action) => new()
    {
        Key = "improvement-plan:action:" + action.Ref,
        Type = ActionType,
        Url = $"/improvement-plan/actions/{action.Ref}",
        Title = $"Action {action.Ref}: {Shorten(action.DisplayTitle)}",
        Keywords = string.Join(' ', [action.Ref, area.Title, .. action.Officers]),
        Summary = $"{action.Status.Label()}. {action.DisplayTitle}",
        Body = string.Join(' ', [focus.Title ?? "", focus.OverallImpact ?? "", .. action.Evidence.Select(e => e.Text), .. action.History.Select(h => h.Commentary)]),
    };

    private static string Shorten(string text)
    {
        if (text.Length <= TitleLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', TitleLength);
        return text[..(cut > 40 ? cut : TitleLength)].TrimEnd(',', ';', ':') + "…";
    }
}
