using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Published;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Content;

/// <summary>Review dates: the overdue report by owner, and "Mark as reviewed".</summary>
public sealed class PageReviewsController(
    LocalOfferDbContext db,
    PageReviews reviews,
    IPublishedContentCache cache) : BackOfficeController
{
    [HttpGet("/editorial/reviews")]
    public IActionResult Report()
    {
        var today = reviews.Today;
        var pages = cache.Current.Pages;
        var organisations = db.PartnerOrganisations.AsNoTracking().Where(o => o.RetiredAt == null).Select(o => o.Name).AsEnumerable()
            .Concat(pages.Select(p => p.OwnerOrganisation))
            .Where(o => o.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var owners = organisations
            .Select(organisation =>
            {
                var owned = pages.Where(p => p.OwnerOrganisation == organisation).ToList();
                return new OwnerReviews(
                    organisation,
                    owned.Count,
                    [.. owned.Where(p => ReviewStatus.IsOverdue(p.ReviewBy, today)).OrderBy(p => p.ReviewBy).ThenBy(p => p.Path, StringComparer.Ordinal)],
                    owned.Count(p => !ReviewStatus.IsOverdue(p.ReviewBy, today) && p.ReviewBy <= today.AddDays(30)));
            })
            .OrderByDescending(o => o.Overdue.Count)
            .ThenBy(o => o.Organisation, StringComparer.Ordinal)
            .ToList();
        ViewData["Title"] = "Overdue reviews by owner";
        return View("Editorial/ReviewsReport", new ReviewsReportModel(owners, today));
    }

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpGet("/editorial/content/{key:guid}/reviewed")]
    public Task<IActionResult> MarkReviewed(Guid key) =>
        ShowAsync(key, new MarkReviewedForm { NextReviewBy = reviews.Today.AddMonths(PageReviews.MonthsUntilNextReview) });

    [Authorize(Policy = EditorialPolicies.Board)]
    [HttpPost("/editorial/content/{key:guid}/reviewed")]
    public async Task<IActionResult> MarkReviewed(Guid key, MarkReviewedForm form)
    {
        if (!ModelState.IsValid)
        {
            ModelState.Clear();
            ModelState.AddModelError(nameof(MarkReviewedForm.NextReviewBy), "Enter the next review date as a real date");
            return await ShowAsync(key, form, StatusCodes.Status400BadRequest);
        }

        var result = await reviews.MarkReviewedAsync(key, form.NextReviewBy, User.ToEditor());
        if (result.Outcome == EditOutcome.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(MarkReviewedForm.NextReviewBy), result.Reason!);
            return await ShowAsync(key, form, StatusCodes.Status400BadRequest);
        }

        return Redirect($"/editorial/content/{key}?done=reviewed");
    }

    private async Task<IActionResult> ShowAsync(Guid key, MarkReviewedForm form, int status = StatusCodes.Status200OK)
    {
        var rows = await ContentTreeRow.LoadAsync(db);
        if (rows.SingleOrDefault(r => r.Key == key) is not { } row)
        {
            return NotFound();
        }

        Response.StatusCode = status;
        ViewData["Title"] = "Mark " + row.Name + " as reviewed";
        return View("Editorial/PageReviewed", new MarkReviewedModel(row, reviews.Today, form));
    }
}

public sealed class MarkReviewedForm
{
    public DateOnly? NextReviewBy { get; set; }
}

public sealed record MarkReviewedModel(ContentTreeRow Page, DateOnly Today, MarkReviewedForm Form);

public sealed record OwnerReviews(string Organisation, int Pages, IReadOnlyList<PublishedPage> Overdue, int DueWithin30Days);

public sealed record ReviewsReportModel(IReadOnlyList<OwnerReviews> Owners, DateOnly Today)
{
    public int OverdueCount => Owners.Sum(o => o.Overdue.Count);
}
