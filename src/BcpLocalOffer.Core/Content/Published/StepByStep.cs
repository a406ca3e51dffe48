using System.Net;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.Content.Published;

/// <summary>One step of a journey: its number, title (with any time limit in it) and what to do, with the pages that explain it.</summary>
public sealed record JourneyStep(int Number, string Title, string Html, IReadOnlyList<string> Links);

/// <summary>
/// A big journey a family goes through ("Getting an EHC plan: step by step"), as GOV.UK's
/// step-by-step navigation shows it. It is an ordinary page of the step-by-step type, edited and
/// approved like any page: each second-level heading of its text starts a step, and the pages
/// that text links to belong to the journey and show it beside them.
/// </summary>
public sealed partial class StepByStepJourney
{
    private StepByStepJourney(PublishedPage page, IReadOnlyList<JourneyStep> steps)
    {
        Page = page;
        Steps = steps;
    }

    public PublishedPage Page { get; }

    /// <summary>Any text before the first step, such as who the journey is for.</summary>
    public string IntroductionHtml { get; private init; } = "";

    public IReadOnlyList<JourneyStep> Steps { get; }

    /// <summary>The step that links to <paramref name="path"/>, or null.</summary>
    public JourneyStep? StepFor(string path) => Steps.FirstOrDefault(s => s.Links.Contains(path, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex(@"<h2[^>]*>(.*?)</h2>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StepHeading();

    [GeneratedRegex(@"href=""(/[^""#?]*)", RegexOptions.IgnoreCase)]
    private static partial Regex InternalLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^\s*Step\s+\d+\s*[:.–-]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex StepNumberPrefix();

    public static StepByStepJourney Parse(PublishedPage page)
    {
        var html = page.BodyHtml;
        var headings = StepHeading().Matches(html);
        var steps = new List<JourneyStep>();
        for (var i = 0; i < headings.Count; i++)
        {
            var start = headings[i].Index + headings[i].Length;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : html.Length;
            var content = html[start..end].Trim();
            // Headings may say "Step 2: …" in the editor; the step list numbers them itself.
            var title = StepNumberPrefix().Replace(WebUtility.HtmlDecode(Tag().Replace(headings[i].Groups[1].Value, "")).Trim(), "");
            var links = InternalLink().Matches(content).Select(m => m.Groups[1].Value.TrimEnd('/')).Where(l => l.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            steps.Add(new JourneyStep(i + 1, title, content, links));
        }

        return new StepByStepJourney(page, steps) { IntroductionHtml = headings.Count > 0 ? html[..headings[0].Index].Trim() : html };
    }
}

/// <summary>Every published journey, and which journeys each page belongs to: built once per snapshot.</summary>
public sealed class StepByStepIndex
{
    private readonly Dictionary<string, List<StepByStepJourney>> byPath = new(StringComparer.OrdinalIgnoreCase);

    public StepByStepIndex(IEnumerable<PublishedPage> pages)
    {
        Journeys = [.. pages.Where(p => p.DocumentTypeAlias == DocumentTypes.StepByStep).Select(StepByStepJourney.Parse)];
        foreach (var journey in Journeys)
        {
            foreach (var path in journey.Steps.SelectMany(s => s.Links).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!byPath.TryGetValue(path, out var list))
                {
                    byPath[path] = list = [];
                }

                list.Add(journey);
            }
        }
    }

    public IReadOnlyList<StepByStepJourney> Journeys { get; }

    public StepByStepJourney? Find(PublishedPage page) => Journeys.FirstOrDefault(j => j.Page.Key == page.Key);

    /// <summary>The journeys with a step that links to this page.</summary>
    public IReadOnlyList<StepByStepJourney> PartOf(PublishedPage page) => byPath.TryGetValue(page.Path, out var list) ? list : [];
}
