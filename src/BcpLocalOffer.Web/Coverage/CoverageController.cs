using BcpLocalOffer.Core.Publishing;
using System.Globalization;
using System.Text;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Core.Coverage;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Infrastructure.Coverage;
using BcpLocalOffer.Web.BackOffice;
using BcpLocalOffer.Web.ImprovementPlan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Coverage;

/// <summary>
/// Whether the Local Offer covers what the law asks: for the back office (with the pages to fix
/// and a CSV for the board) and for families ("What our Local Offer covers"). Both read the
/// published snapshots, so they say what a family can see today.
/// </summary>
public sealed class CoverageController(LegalDuties duties, IPublishedContentCache content, IPublishedDirectoryCache directory, TimeProvider clock) : BackOfficeController
{
    public const string PublicPath = "/what-our-local-offer-covers";
    private const string Root = "/editorial/coverage";

    [HttpGet(Root)]
    public IActionResult Index()
    {
        ViewData["Title"] = "What the law asks the Local Offer to cover";
        return View("Index", Assess());
    }

    [HttpGet(Root + ".csv")]
    public IActionResult Csv()
    {
        var csv = new StringBuilder("code,law,what the law asks for,status,covered by,overdue for review\r\n");
        foreach (var row in Assess().Duties)
        {
            csv.AppendJoin(',', [
                PlanOpenData.Cell(row.Duty.Code), PlanOpenData.Cell(row.Duty.Law), PlanOpenData.Cell(row.Duty.Subject), PlanOpenData.Cell(row.Status.Label()),
                PlanOpenData.Cell(string.Join("; ", row.CoveredBy.Select(i => i.Path))),
                PlanOpenData.Cell(string.Join("; ", row.CoveredBy.Where(i => i.Overdue).Select(i => i.Path))),
            ]).Append("\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv; charset=utf-8", "local-offer-coverage.csv");
    }

    private CoveragePage Assess() => CoveragePage.Assess(duties, content, directory, clock);
}

/// <summary>"What our Local Offer covers": the same assessment for families, linked from every page's footer.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class CoveragePublicController(LegalDuties duties, IPublishedContentCache content, IPublishedDirectoryCache directory, TimeProvider clock) : Controller
{
    [HttpGet(CoverageController.PublicPath)]
    [ResponseCache(Duration = 300, Location = ResponseCacheLocation.Any)]
    public IActionResult Public()
    {
        ViewData["Title"] = "What our Local Offer covers";
        ViewData["MetaDescription"] = "Each thing the law says a Local Offer must publish, and the pages on this website that cover it.";
        return View("Public", CoveragePage.Assess(duties, content, directory, clock));
    }
}

public sealed record CoveragePage(IReadOnlyList<DutyCoverage> Duties, DateOnly Today)
{
    public static CoveragePage Assess(LegalDuties duties, IPublishedContentCache content, IPublishedDirectoryCache directory, TimeProvider clock)
    {
        var today = clock.UkToday();
        return new CoveragePage(LocalOfferCoverage.Assess(duties.All, content.Current, directory.Current, today), today);
    }

    public int Count(CoverageStatus status) => Duties.Count(d => d.Status == status);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
