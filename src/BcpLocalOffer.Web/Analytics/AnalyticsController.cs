using BcpLocalOffer.Core.Analytics;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Infrastructure.Analytics;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Analytics;

/// <summary>The PI dashboard for the SEND Improvement Board: website use by month, with CSV for scorecards.</summary>
[Authorize(Policy = EditorialPolicies.Statistics)]
public sealed class AnalyticsController(
    IAnalyticsReports reports,
    IFeedbackStatistics feedback,
    IPublishedContentCache cache,
    AnalyticsEventQueue queue,
    TimeProvider clock) : BackOfficeController
{
    public const string Path = "/editorial/analytics";
    private const int TopRows = 20;

    [HttpGet(Path)]
    public async Task<IActionResult> Index([FromQuery] ReportPeriodForm form, CancellationToken cancellationToken)
    {
        ViewData["Title"] = "Website statistics";
        var dashboard = await LoadAsync(form, cancellationToken);
        if (dashboard.Period is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return View("Dashboard", dashboard);
    }

    [HttpGet(Path + "/{view}.csv")]
    public async Task<IActionResult> Csv(string view, [FromQuery] ReportPeriodForm form, CancellationToken cancellationToken)
    {
        if (!AnalyticsCsv.Views.Contains(view))
        {
            return NotFound();
        }

        var dashboard = await LoadAsync(form, cancellationToken);
        if (dashboard.Period is not { } period)
        {
            return Problem(string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), statusCode: StatusCodes.Status400BadRequest);
        }

        return File(AnalyticsCsv.For(view, dashboard), "text/csv; charset=utf-8", $"{view}-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.csv");
    }

    private async Task<AnalyticsDashboard> LoadAsync(ReportPeriodForm form, CancellationToken cancellationToken)
    {
        // Binding only collects text: every check, with GOV.UK wording, is the form's own.
        ModelState.Clear();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (form.Validate(today, ModelState) is not { } period)
        {
            return AnalyticsDashboard.Refused(form);
        }

        var snapshot = cache.Current;
        var topPages = await reports.TopPagesAsync(period, TopRows, cancellationToken);
        return new AnalyticsDashboard(
            form,
            period,
            await reports.PageViewsByMonthAsync(period, cancellationToken),
            topPages.Select(p => new NamedPathCount(p.Path, snapshot.FindByPath(p.Path)?.Name, p.Count)).ToList(),
            await reports.YouSaidWeDidByMonthAsync(period, cancellationToken),
            await reports.SearchesByMonthAsync(period, cancellationToken),
            await reports.TopSearchesFoundNothingAsync(period, TopRows, cancellationToken),
            await reports.TopLinksAsync(period, TopRows, cancellationToken),
            [.. (await feedback.UsefulnessByPageAsync(period.From, period.To, cancellationToken)).Take(TopRows)],
            await feedback.VolumeByTopicAsync(period.From, period.To, cancellationToken),
            queue.Dropped);
    }
}
