using System.Globalization;
using System.Text;
using System.Text.Json;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.ImprovementPlan.Published;

namespace BcpLocalOffer.Web.ImprovementPlan;

/// <summary>The whole published plan with current statuses, as CSV and JSON for anyone to reuse.</summary>
public static class PlanOpenData
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Csv(PublishedPlan plan, DateOnly today)
    {
        var csv = new StringBuilder("area,area_title,focus_area,focus_area_title,ref,title,officers,start,end,status,overdue,last_changed,plain_title\r\n");
        foreach (var area in plan.Areas)
        {
            foreach (var focus in area.FocusAreas)
            {
                foreach (var action in focus.Actions)
                {
                    csv.AppendJoin(',',
                        Cell(area.Number.ToString(CultureInfo.InvariantCulture)),
                        Cell(area.Title),
                        Cell(focus.Number.ToString(CultureInfo.InvariantCulture)),
                        Cell(focus.Title ?? ""),
                        Cell(action.Ref),
                        Cell(action.Title ?? ""),
                        Cell(string.Join("; ", action.Officers)),
                        Cell(action.Start ?? ""),
                        Cell(action.End ?? ""),
                        Cell(action.Status.Label()),
                        Cell(action.IsOverdue(today) ? "yes" : "no"),
                        Cell(action.LastChanged is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""),
                        Cell(action.PlainTitle ?? "")).Append("\r\n");
                }
            }
        }

        // A byte-order mark so spreadsheet programs read the text as UTF-8 (names, "–", "…").
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] Json(PublishedPlan plan, DateOnly today) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        title = plan.Document.Title,
        council = plan.Document.Council,
        agreed = plan.Document.Agreed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        statuses = ActionStatuses.All.Select(s => s.Label()),
        lastQuarterlyReport = plan.LastReport is { } report ? new { title = report.Title, published = report.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } : null,
        areas = plan.Areas.Select(area => new
        {
            number = area.Number,
            title = area.Title,
            finding = area.Finding,
            whatWeAreChanging = area.WhatWeAreChanging,
            focusAreas = area.FocusAreas.Select(focus => new
            {
                number = focus.Number,
                title = focus.Title,
                overallImpact = focus.OverallImpact,
                actions = focus.Actions.Select(action => new
                {
                    @ref = action.Ref,
                    title = action.Title,
                    plainTitle = action.PlainTitle,
                    officers = action.Officers,
                    start = action.Start,
                    end = action.End,
                    status = action.Status.Label(),
                    overdue = action.IsOverdue(today),
                    changedSinceLastReport = action.ChangedSinceLastReport,
                    evidence = action.Evidence.Select(e => new { kind = e.Kind, text = e.Text }),
                    history = action.History.Select(h => new
                    {
                        published = h.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                        from = h.From.Label(),
                        to = h.To.Label(),
                        newTitle = h.NewTitle,
                        commentary = h.Commentary,
                        evidenceKind = h.EvidenceKind,
                    }),
                }),
            }),
        }),
    }, JsonOptions);

    /// <summary>
    /// Always quoted; a value starting with =, +, -, @, a tab or a carriage return gets a leading
    /// apostrophe so a spreadsheet shows it as text and never runs it as a formula.
    /// </summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
