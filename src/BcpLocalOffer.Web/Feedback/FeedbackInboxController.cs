using System.Globalization;
using System.Text;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Feedback;
using BcpLocalOffer.Infrastructure.Publishing;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using BcpLocalOffer.Web.ImprovementPlan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BcpLocalOffer.Web.Feedback;

/// <summary>
/// The editorial board's feedback inbox: filter, read, tag with themes and plan areas, add internal
/// notes, reply by email, close, bulk actions, and a CSV export without personal data.
/// </summary>
[Authorize(Policy = EditorialPolicies.Board)]
public sealed class FeedbackInboxController(LocalOfferDbContext db, FeedbackTriage triage, FeedbackTopics topics, IPublishedPlanCache plan) : BackOfficeController
{
    public const string Root = "/editorial/feedback";
    private const int PageSize = 50;

    [HttpGet(Root)]
    public async Task<IActionResult> Index(InboxFilterForm filter, int page = 1, string? done = null)
    {
        var query = await FilteredAsync(filter);
        if (query is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ViewData["Title"] = "Error: Feedback inbox";
            return View("Inbox", new InboxModel(filter, [], 0, 1, await topics.AllAsync(), await ThemesAsync(), done));
        }

        var total = await query.CountAsync();
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var items = await query.OrderByDescending(i => i.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
        ViewData["Title"] = "Feedback inbox";
        return View("Inbox", new InboxModel(filter, items, total, page, await topics.AllAsync(), await ThemesAsync(), done));
    }

    /// <summary>Counts and answers without any free text a family typed: fit to share with the owners of pages and services.</summary>
    [HttpGet(Root + "/export.csv")]
    public Task<IActionResult> Export(InboxFilterForm filter) => ExportAsync(filter, withComments: false);

    /// <summary>The same with the comments: they may hold whatever a family chose to write, so the board keeps it to itself.</summary>
    [HttpGet(Root + "/export-with-comments.csv")]
    public Task<IActionResult> ExportWithComments(InboxFilterForm filter) => ExportAsync(filter, withComments: true);

    private async Task<IActionResult> ExportAsync(InboxFilterForm filter, bool withComments)
    {
        var query = await FilteredAsync(filter);
        if (query is null)
        {
            return BadRequest();
        }

        var items = await query.OrderBy(i => i.Id).ToListAsync();
        var topicLabels = (await topics.AllAsync()).ToDictionary(t => t.Id, t => t.Label);
        var themes = (await ThemesAsync()).ToDictionary(t => t.Id, t => t.Name);
        var csv = new StringBuilder(withComments
            ? "reference,received_utc,kind,role,topic,page,useful,what_was_wrong,comment,what_would_make_it_better,status,themes,areas,focus_areas\r\n"
            : "reference,received_utc,kind,role,topic,page,useful,what_was_wrong,status,themes,areas,focus_areas\r\n");
        foreach (var i in items)
        {
            // Never an email address or anything from the contact table, in either export.
            var cells = new List<string>
            {
                i.Reference, i.ReceivedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), i.Kind.ToString(), i.Role?.Label() ?? "",
                i.TopicId is { } t ? topicLabels.GetValueOrDefault(t, "") : "", i.PagePath ?? "", i.Useful is null ? "" : i.Useful.Value ? "yes" : "no",
                i.Problem?.Label() ?? "",
            };
            if (withComments)
            {
                cells.AddRange([i.Comment ?? "", i.Improvement ?? ""]);
            }

            cells.AddRange([
                i.Status.Label(),
                string.Join("; ", i.ThemeIds.Select(id => themes.GetValueOrDefault(id, ""))), string.Join("; ", i.AreaNumbers), string.Join("; ", i.FocusAreaNumbers),
            ]);
            csv.AppendJoin(',', cells.Select(PlanOpenData.Cell));
            csv.Append("\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8",
            withComments ? "feedback-with-comments.csv" : "feedback.csv");
    }

    [HttpPost(Root + "/bulk")]
    public async Task<IActionResult> Bulk(List<long>? selected, string? bulkAction, int? themeId, string? newTheme)
    {
        var ids = selected ?? [];
        if (ids.Count == 0)
        {
            return Redirect($"{Root}?done=none-selected");
        }

        var editor = User.ToEditor();
        switch (bulkAction)
        {
            case "in-progress":
                await triage.SetStatusAsync(ids, FeedbackStatus.InProgress, editor);
                break;
            case "close":
                await triage.SetStatusAsync(ids, FeedbackStatus.Closed, editor);
                break;
            case "theme" when themeId is not null || !string.IsNullOrWhiteSpace(newTheme):
                if (newTheme is { Length: > FeedbackTheme.MaxNameLength } || (newTheme is not null && FeedbackText.HasControlCharacters(newTheme)))
                {
                    return BadRequest();
                }

                await triage.AddThemeAsync(ids, themeId, newTheme, editor);
                break;
            default:
                return Redirect($"{Root}?done=no-action");
        }

        return Redirect($"{Root}?done=bulk");
    }

    [HttpGet(Root + "/{id:long}")]
    public async Task<IActionResult> Item(long id, string? done) =>
        await ShowItemAsync(id, done, null) ?? NotFound();

    [HttpPost(Root + "/{id:long}/tags")]
    public async Task<IActionResult> Tag(long id, List<int>? themes, string? newTheme, List<int>? areas, string? focusAreas)
    {
        var theme = HaveYourSayForm.Text(ModelState, "newTheme", newTheme, FeedbackTheme.MaxNameLength, false, "", "The new theme");
        var focus = ParseNumbers(focusAreas, out var focusOk);
        var known = plan.Current.Areas.SelectMany(a => a.FocusAreas).Select(f => f.Number).ToHashSet();
        if (!focusOk || focus.Any(n => !known.Contains(n)))
        {
            ModelState.AddModelError("focusAreas", "Enter focus area numbers from the improvement plan, separated by commas, like 5, 27");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowItemAsync(id, null, new TagForm(themes ?? [], newTheme, areas ?? [], focusAreas)) ?? NotFound();
        }

        var areaNumbers = (areas ?? []).Where(a => plan.Current.FindArea(a) is not null).ToList();
        return Outcome(await triage.TagAsync(id, new FeedbackTags(themes ?? [], theme, areaNumbers, focus), User.ToEditor()), $"{Root}/{id}?done=tagged");
    }

    [HttpPost(Root + "/{id:long}/notes")]
    public async Task<IActionResult> Note(long id, string? note)
    {
        var text = HaveYourSayForm.Text(ModelState, "note", note, FeedbackLimits.NoteLength, true, "Enter the note", "The note");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowItemAsync(id, null, null, note: note) ?? NotFound();
        }

        return Outcome(await triage.AddNoteAsync(id, text!, User.ToEditor()), $"{Root}/{id}?done=noted");
    }

    [HttpPost(Root + "/{id:long}/reply")]
    public async Task<IActionResult> Reply(long id, string? reply)
    {
        var text = HaveYourSayForm.Text(ModelState, "reply", reply, FeedbackLimits.ReplyLength, true, "Enter your reply", "The reply");
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowItemAsync(id, null, null, reply: reply) ?? NotFound();
        }

        return Outcome(await triage.ReplyAsync(id, text!, User.ToEditor(), HttpContext.RequestAborted), $"{Root}/{id}?done=replied");
    }

    [HttpPost(Root + "/{id:long}/status")]
    public async Task<IActionResult> Status(long id, string? status, string? fixedBy)
    {
        if (FeedbackLabels.ParseStatus(status) is not { } parsed || fixedBy?.Trim().Length > FeedbackLimits.FixedByLength)
        {
            return BadRequest();
        }

        if (await triage.SetStatusAsync([id], parsed, User.ToEditor()) == 0)
        {
            return NotFound();
        }

        // A report of something wrong, closed with the change that fixed it, counts as fixed in the yearly report.
        if (parsed == FeedbackStatus.Closed && !string.IsNullOrWhiteSpace(fixedBy))
        {
            await db.FeedbackItems.Where(i => i.Id == id).ExecuteUpdateAsync(set => set.SetProperty(i => i.FixedBy, fixedBy.Trim()));
        }

        return Redirect($"{Root}/{id}?done={parsed.Slug()}");
    }

    private async Task<IQueryable<FeedbackItem>?> FilteredAsync(InboxFilterForm filter)
    {
        IQueryable<FeedbackItem> query = db.FeedbackItems.AsNoTracking();
        if (filter.Status is { Length: > 0 })
        {
            if (FeedbackLabels.ParseStatus(filter.Status) is not { } status)
            {
                ModelState.AddModelError(nameof(filter.Status), "Select a status from the list");
                return null;
            }

            query = query.Where(i => i.Status == status);
        }

        if (filter.Topic is { Length: > 0 })
        {
            if (!int.TryParse(filter.Topic, CultureInfo.InvariantCulture, out var topicId) || !(await topics.AllAsync()).Any(t => t.Id == topicId))
            {
                ModelState.AddModelError(nameof(filter.Topic), "Select a topic from the list");
                return null;
            }

            query = query.Where(i => i.TopicId == topicId);
        }

        if (filter.Page is { Length: > 0 })
        {
            if (FeedbackText.PagePath(filter.Page.Trim()) is not { } path)
            {
                ModelState.AddModelError(nameof(filter.Page), "Enter a page address that starts with /, like /short-breaks");
                return null;
            }

            query = query.Where(i => i.PagePath == path);
        }

        var from = ParseDate(filter.From, nameof(filter.From), "from");
        var to = ParseDate(filter.To, nameof(filter.To), "to");
        if (!ModelState.IsValid)
        {
            return null;
        }

        if (from is not null || to is not null)
        {
            var (start, end) = FeedbackStatistics.UtcRange(from ?? new DateOnly(2000, 1, 1), to ?? new DateOnly(9998, 12, 31));
            query = query.Where(i => i.ReceivedAtUtc >= start && i.ReceivedAtUtc < end);
        }

        return query;
    }

    private DateOnly? ParseDate(string? value, string field, string which)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is > 2000 and < 9000)
        {
            return date;
        }

        ModelState.AddModelError(field, $"Enter the {which} date as a real date, like 2027-03-31");
        return null;
    }

    private static List<int> ParseNumbers(string? text, out bool ok)
    {
        ok = true;
        var numbers = new List<int>();
        foreach (var part in (text ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(part, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                numbers.Add(n);
            }
            else
            {
                ok = false;
            }
        }

        return numbers;
    }

    private async Task<IActionResult?> ShowItemAsync(long id, string? done, TagForm? tags, string? note = null, string? reply = null)
    {
        var item = await db.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id);
        if (item is null)
        {
            return null;
        }

        var notes = await db.FeedbackNotes.AsNoTracking().Where(n => n.FeedbackId == id).OrderBy(n => n.Id).ToListAsync();
        var hasContact = await db.FeedbackContacts.AnyAsync(c => c.FeedbackId == id);
        var entries = await db.YouSaidWeDidFeedbackLinks.AsNoTracking().Where(l => l.FeedbackId == id).Select(l => l.EntryId).ToListAsync();
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + $"Feedback {item.Reference}";
        return View("Item", new InboxItemModel(
            item, notes, hasContact, entries, await topics.AllAsync(), await ThemesAsync(), plan.Current,
            tags ?? new TagForm(item.ThemeIds, null, item.AreaNumbers, string.Join(", ", item.FocusAreaNumbers)), note, reply, done));
    }

    private async Task<IReadOnlyList<FeedbackTheme>> ThemesAsync() => await db.FeedbackThemes.AsNoTracking().OrderBy(t => t.Name).ToListAsync();
}

public sealed class InboxFilterForm
{
    public string? Status { get; set; }

    public string? Topic { get; set; }

    public string? Page { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string Query => string.Join('&', new[] { ("status", Status), ("topic", Topic), ("page", Page), ("from", From), ("to", To) }
        .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}

public sealed record InboxModel(InboxFilterForm Filter, IReadOnlyList<FeedbackItem> Items, int Total, int Page, IReadOnlyList<FeedbackTopic> Topics, IReadOnlyList<FeedbackTheme> Themes, string? Done);

public sealed record TagForm(IReadOnlyList<int> Themes, string? NewTheme, IReadOnlyList<int> Areas, string? FocusAreas);

public sealed record InboxItemModel(
    FeedbackItem Item, IReadOnlyList<FeedbackNote> Notes, bool HasContact, IReadOnlyList<int> Entries, IReadOnlyList<FeedbackTopic> Topics,
    IReadOnlyList<FeedbackTheme> Themes, PublishedPlan Plan, TagForm Tags, string? Note, string? Reply, string? Done)
{
    public string? Topic => Item.TopicId is { } id ? Topics.FirstOrDefault(t => t.Id == id)?.Label : null;
}
