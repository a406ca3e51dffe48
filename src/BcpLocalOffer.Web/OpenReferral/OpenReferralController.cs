using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Authorization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BcpLocalOffer.Web.OpenReferral;

/// <summary>
/// The directory as an Open Referral UK (HSDS 3.0 UK profile) read API: public GET, no key,
/// Access-Control-Allow-Origin: * on every response, errors as JSON. Every call reads the
/// published directory in memory; none queries the database.
/// </summary>
[Route(Root)]
[OpenReferralHeaders]
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ClientRateLimits.SearchAndApi)]
public sealed class OpenReferralController(OpenReferralCatalogue catalogue) : ControllerBase
{
    public const string Root = "/openreferral";

    public static JsonSerializerOptions Json { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    [HttpGet("")]
    public IActionResult Information() => Ok(new ApiInformation(
        "3.0", "https://github.com/openreferral/uk-profile", "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json"));

    [HttpGet("services")]
    public IActionResult Services()
    {
        if (OpenReferralQuery.Read(Request.Query, out var problem) is not { } query)
        {
            return BadRequestProblem(problem!);
        }

        var snapshot = catalogue.Current;
        return Page(query, query.IsUnfiltered ? snapshot.ServiceJson : [.. snapshot.Services.Where(e => query.Matches(e.Service)).Select(e => e.SummaryJson)]);
    }

    [HttpGet("services/{id}")]
    public IActionResult Service(string id) =>
        Guid.TryParse(id, out var key) && catalogue.Current.ById.TryGetValue(key, out var entry) ? Ok(entry.Full) : NotFoundProblem("service", id);

    [HttpGet("service_at_locations")]
    public IActionResult ServiceAtLocations()
    {
        if (OpenReferralQuery.Read(Request.Query, out var problem) is not { } query)
        {
            return BadRequestProblem(problem!);
        }

        var snapshot = catalogue.Current;
        return Page(query, query.IsUnfiltered ? snapshot.LocationJson : [.. snapshot.Locations.Where(l => query.Matches(l.Entry.Service)).Select(l => l.SummaryJson)]);
    }

    [HttpGet("service_at_locations/{id}")]
    public IActionResult ServiceAtLocation(string id) =>
        Guid.TryParse(id, out var key) && catalogue.Current.LocationsById.TryGetValue(key, out var entry) ? Ok(entry.Full) : NotFoundProblem("service at location", id);

    [HttpGet("taxonomies")]
    public IActionResult Taxonomies() =>
        OpenReferralQuery.Read(Request.Query, out var problem) is { } query ? Ok(query.PageOf(OpenReferralCatalogue.Taxonomies)) : BadRequestProblem(problem!);

    [HttpGet("taxonomies/{id}")]
    public IActionResult Taxonomy(string id) =>
        OpenReferralCatalogue.Taxonomies.FirstOrDefault(t => Guid.TryParse(id, out var key) && t.Id == key) is { } taxonomy ? Ok(taxonomy) : NotFoundProblem("taxonomy", id);

    [HttpGet("taxonomy_terms")]
    public IActionResult TaxonomyTerms()
    {
        if (OpenReferralQuery.Read(Request.Query, out var problem) is not { } query)
        {
            return BadRequestProblem(problem!);
        }

        return Ok(query.PageOf<TaxonomyTermDto>([.. OpenReferralCatalogue.Terms.Where(t => query.TaxonomyId is null || t.TaxonomyId == query.TaxonomyId)]));
    }

    [HttpGet("taxonomy_terms/{id}")]
    public IActionResult TaxonomyTerm(string id) =>
        OpenReferralCatalogue.Terms.FirstOrDefault(t => Guid.TryParse(id, out var key) && t.Id == key) is { } term ? Ok(term) : NotFoundProblem("taxonomy term", id);

    /// <summary>Anything else under the API's address is a JSON 404, not the site's HTML page.</summary>
    [HttpGet("{**rest}")]
    public IActionResult Unknown(string rest) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"There is no endpoint {Root}/{rest}. The endpoints are /, /services, /service_at_locations, /taxonomies and /taxonomy_terms.");

    private new JsonResult Ok(object value) => new(value, Json);

    private static FileContentResult Page(OpenReferralQuery query, IReadOnlyList<byte[]> items) => new(query.PageJson(items), "application/json; charset=utf-8");

    private static JsonResult NotFoundProblem(string what, string id) =>
        Problem(StatusCodes.Status404NotFound, "Not found", $"There is no {what} with the id '{Truncate(id)}'.");

    private static JsonResult BadRequestProblem(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    private static JsonResult Problem(int status, string title, string detail) =>
        new(new ProblemDto(title, status, detail), Json) { StatusCode = status, ContentType = "application/problem+json" };

    private static string Truncate(string id) => id.Length <= 100 ? id : id[..100] + "…";
}

/// <summary>The Open Referral UK compliance rule every response follows: any web page, from any origin, may read it (CORS).</summary>
public sealed class OpenReferralHeadersAttribute : ResultFilterAttribute
{
    public override void OnResultExecuting(ResultExecutingContext context) =>
        context.HttpContext.Response.Headers.AccessControlAllowOrigin = "*";
}
