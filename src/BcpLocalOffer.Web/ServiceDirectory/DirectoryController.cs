using BcpLocalOffer.Core.Publishing;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BcpLocalOffer.Web.ServiceDirectory;

/// <summary>
/// The directory for families: /directory with its filters, and a page per service. Every page
/// reads the published directory in memory; none queries the database.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
public sealed class DirectoryController(IPublishedDirectoryCache cache, TimeProvider clock, IOptions<DirectoryOptions> options) : Controller
{
    public const string Root = "/directory";

    [HttpGet(Root)]
    public IActionResult Index(
        [FromQuery(Name = "kind")] string?[]? kind, [FromQuery(Name = "need")] string?[]? need, [FromQuery(Name = "locality")] string?[]? locality,
        [FromQuery(Name = "cost")] string?[]? cost, [FromQuery(Name = "age")] string? age, [FromQuery(Name = "page")] string? page)
    {
        var directory = cache.Current;
        var errors = new Dictionary<string, string>();
        var filter = DirectoryFilter.Read(kind ?? [], need ?? [], locality ?? [], cost ?? [], age, errors);
        var pageNumber = 1;
        if (!string.IsNullOrWhiteSpace(page) && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out pageNumber) || pageNumber < 1))
        {
            errors["page"] = "Choose a page of results from the page links";
            pageNumber = 1;
        }

        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        ViewData["Title"] = (errors.Count > 0 ? "Error: " : "") + "Find short breaks and local services";
        ViewData["MetaDescription"] = "Short breaks, activities, support groups, health and education services and advice for children and young people with SEND in Bournemouth, Christchurch and Poole.";
        var today = clock.UkToday();
        var hideAfter = options.Value.HideUncheckedAfterMonths;
        // A council that chose to hide listings nobody has checked for too long: they leave the listing, not the site.
        var listed = hideAfter is { } months ? [.. directory.Listed.Where(s => today <= s.CheckedOn.AddMonths(months))] : directory.Listed;
        var found = errors.Count > 0 ? [] : filter.Apply(listed).ToList();
        var size = Math.Max(1, options.Value.PageSize);
        var totalPages = Math.Max(1, (found.Count + size - 1) / size);
        pageNumber = Math.Min(pageNumber, totalPages);
        var counts = DirectoryFilter.Groups.ToDictionary(g => g.Slug, g => filter.Counts(listed, g));
        var form = new DirectoryFilterForm(kind ?? [], need ?? [], locality ?? [], cost ?? [], age);
        return View("~/ServiceDirectory/Views/Index.cshtml", new DirectoryPageModel(
            directory, filter, form, found, [.. found.Skip((pageNumber - 1) * size).Take(size)], pageNumber, totalPages, counts,
            today, options.Value.EvidenceValidMonths, errors.Count == 0));
    }

    [HttpGet(Root + "/{slug}")]
    public IActionResult Service(string slug)
    {
        if (slug.Length > Core.Content.UrlSegment.MaxLength || cache.Current.FindBySlug(slug) is not { } service)
        {
            return NotFound();
        }

        if (service.Slug != slug)
        {
            return RedirectPermanent($"{Root}/{service.Slug}");
        }

        ViewData["Title"] = service.Name + " – directory";
        ViewData["MetaDescription"] = $"{service.Kind.Label} from {service.Organisation} for ages {service.MinimumAge} to {service.MaximumAge}.";

        // A closed service keeps its page, so an old link explains itself, but says it has gone.
        if (service.Status == ServiceStatus.Defunct)
        {
            Response.StatusCode = StatusCodes.Status410Gone;
        }
        else
        {
            AlternateLinks.Add(ViewData, new($"{OpenReferral.OpenReferralController.Root}/services/{service.Id}", "application/json", $"{service.Name} as Open Referral UK data"));
        }

        return View("~/ServiceDirectory/Views/Service.cshtml", new ServicePageModel(service, clock.UkToday(), options.Value.EvidenceValidMonths));
    }
}

/// <summary>The filter form as the visitor typed it, so a mistake is shown back with their choices.</summary>
public sealed record DirectoryFilterForm(IReadOnlyList<string?> Kind, IReadOnlyList<string?> Need, IReadOnlyList<string?> Locality, IReadOnlyList<string?> Cost, string? Age)
{
    public IReadOnlyList<string?> Chosen(string taxonomy) => taxonomy switch
    {
        DirectoryTaxonomies.Kind => Kind,
        DirectoryTaxonomies.Need => Need,
        DirectoryTaxonomies.Locality => Locality,
        _ => Cost,
    };

    /// <summary>The query string of these choices with another page number, for the pagination links.</summary>
    public string QueryFor(int page)
    {
        var pairs = DirectoryFilter.Groups.SelectMany(g => Chosen(g.Slug).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (g.Slug, v!)))
            .Concat(string.IsNullOrWhiteSpace(Age) ? [] : [("age", Age.Trim())])
            .Concat(page > 1 ? [("page", page.ToString(CultureInfo.InvariantCulture))] : []);
        var query = string.Join('&', pairs.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
        return query.Length == 0 ? DirectoryController.Root : $"{DirectoryController.Root}?{query}";
    }
}

public sealed record DirectoryPageModel(
    PublishedDirectory Directory, DirectoryFilter Filter, DirectoryFilterForm Form, IReadOnlyList<PublishedService> Found, IReadOnlyList<PublishedService> OnPage,
    int Page, int TotalPages, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts, DateOnly Today, int EvidenceValidMonths, bool IsValid)
{
    public bool HasSampleData => Directory.Listed.Any(s => s.IsSample);

    public bool IsSendFriendly(PublishedService service) => SendFriendlyRule.Judge(service.Evidence, Today, EvidenceValidMonths) == SendFriendlyVerdict.Shown;
}

public sealed record ServicePageModel(PublishedService Service, DateOnly Today, int EvidenceValidMonths)
{
    public SendFriendlyVerdict SendFriendly => SendFriendlyRule.Judge(Service.Evidence, Today, EvidenceValidMonths);

    public static string Date(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
