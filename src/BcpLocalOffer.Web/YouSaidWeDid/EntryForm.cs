using System.Globalization;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Web.Feedback;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BcpLocalOffer.Web.YouSaidWeDid;

/// <summary>The form for a "You said – We did" entry. Validation adds GOV.UK messages in the order of the form.</summary>
public sealed class EntryForm
{
    public string? YouSaid { get; set; }

    public string? WeDid { get; set; }

    public string? Outcome { get; set; }

    public string? WhyNot { get; set; }

    public string? Date { get; set; }

    public string? Topic { get; set; }

    public string? Theme { get; set; }

    public string? FocusAreas { get; set; }

    public string? Actions { get; set; }

    /// <summary>One link a line: "What it is | https://…" or a path on this site.</summary>
    public string? Evidence { get; set; }

    public static EntryForm From(EntryContent c) => new()
    {
        YouSaid = c.YouSaid,
        WeDid = c.WeDid,
        Outcome = c.Outcome.Slug(),
        WhyNot = c.WhyNot,
        Date = c.Date == default ? null : c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Topic = c.TopicId?.ToString(CultureInfo.InvariantCulture),
        Theme = c.ThemeId?.ToString(CultureInfo.InvariantCulture),
        FocusAreas = string.Join(", ", c.FocusAreaNumbers),
        Actions = string.Join(", ", c.ActionRefs),
        Evidence = string.Join("\n", c.Evidence.Select(e => $"{e.Text} | {e.Url}")),
    };

    public EntryContent? Validate(ModelStateDictionary state, IReadOnlyCollection<int> topics, IReadOnlyCollection<int> themes, PublishedPlan plan)
    {
        var youSaid = HaveYourSayForm.Text(state, nameof(YouSaid), YouSaid, EntryContent.YouSaidLength, true, "Enter what families said, in their words and without names", "You said");
        var weDid = HaveYourSayForm.Text(state, nameof(WeDid), WeDid, EntryContent.WeDidLength, true, "Enter what we did in response", "We did");
        var outcome = EntryOutcomes.Parse(Outcome);
        if (outcome is null)
        {
            state.AddModelError(nameof(Outcome), "Select whether it is done, in progress or something we cannot do");
        }

        var whyNot = HaveYourSayForm.Text(state, nameof(WhyNot), WhyNot, EntryContent.WhyNotLength, outcome == EntryOutcome.CannotDo, "Explain why we cannot do this", "Why we cannot do this");
        DateOnly date = default;
        if (!DateOnly.TryParseExact(Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) || date.Year is < 2000 or > 2100)
        {
            state.AddModelError(nameof(Date), "Enter the date of the response as a real date, like 2027-03-31");
        }

        int? topic = null;
        if (Topic is { Length: > 0 })
        {
            topic = int.TryParse(Topic, CultureInfo.InvariantCulture, out var t) && topics.Contains(t) ? t : null;
            if (topic is null)
            {
                state.AddModelError(nameof(Topic), "Select a topic from the list");
            }
        }

        int? theme = null;
        if (Theme is { Length: > 0 })
        {
            theme = int.TryParse(Theme, CultureInfo.InvariantCulture, out var t) && themes.Contains(t) ? t : null;
            if (theme is null)
            {
                state.AddModelError(nameof(Theme), "Select a theme from the list");
            }
        }

        var knownFocus = plan.Areas.SelectMany(a => a.FocusAreas).Select(f => f.Number).ToHashSet();
        var focus = new List<int>();
        foreach (var part in Split(FocusAreas))
        {
            if (int.TryParse(part, CultureInfo.InvariantCulture, out var n) && knownFocus.Contains(n))
            {
                focus.Add(n);
            }
            else
            {
                state.AddModelError(nameof(FocusAreas), "Enter focus area numbers from the improvement plan, separated by commas, like 5, 27");
                break;
            }
        }

        var actions = new List<string>();
        foreach (var part in Split(Actions))
        {
            if (part.Length <= Core.ImprovementPlan.PlanAction.MaxRefLength && plan.FindAction(part) is { } action)
            {
                actions.Add(action.Ref);
            }
            else
            {
                state.AddModelError(nameof(Actions), "Enter action references from the improvement plan, separated by commas, like 5A, 8A");
                break;
            }
        }

        var evidence = new List<EvidenceLink>();
        foreach (var line in (Evidence ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bar = line.LastIndexOf('|');
            var text = bar > 0 ? line[..bar].Trim() : "";
            var url = bar > 0 ? line[(bar + 1)..].Trim() : "";
            if (text.Length is 0 or > 200 || !IsSafeUrl(url))
            {
                state.AddModelError(nameof(Evidence), "Write each evidence link on its own line as: what it is | https://address (or a path on this site, like /improvement-plan)");
                break;
            }

            evidence.Add(new EvidenceLink(text, url));
        }

        return state.IsValid
            ? new EntryContent(youSaid!, weDid!, outcome!.Value, outcome == EntryOutcome.CannotDo ? whyNot : null, date, topic, theme, focus.Distinct().ToList(), actions.Distinct().ToList(), evidence)
            : null;
    }

    private static IEnumerable<string> Split(string? text) => (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsSafeUrl(string url) =>
        url.Length is > 0 and <= 500 && !url.Any(char.IsWhiteSpace) && !Core.Feedback.FeedbackText.HasControlCharacters(url)
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"));
}
