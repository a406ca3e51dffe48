using BcpLocalOffer.Web.Site;
using Microsoft.AspNetCore.Authorization;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Web.Analytics;
using Microsoft.AspNetCore.Mvc;

namespace BcpLocalOffer.Web.Search;

/// <summary>The search results page, the JSON search API and suggestions as you type.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(ClientRateLimits.SearchAndApi)]
public sealed class SearchController(ISearchService search, VisitCounter counter) : Controller
{
    [HttpGet("/search")]
    public async Task<IActionResult> Index(string? q, string? type, string? phase, int page = 1)
    {
        ViewData["Title"] = "Search";
        ViewData["SearchQuery"] = q;
        var model = new SearchPageModel(q ?? "", Clean(type), Clean(phase), page);
        if (model.Query.Length > SearchRequest.MaxTextLength)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model with { Error = $"Search words must be {SearchRequest.MaxTextLength} characters or fewer" });
        }

        if (!search.IsReady)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = "10";
            return View(model with { NotReady = true });
        }

        if (string.IsNullOrWhiteSpace(model.Query))
        {
            return View(model);
        }

        ViewData["Title"] = $"Search results for {model.Query.Trim()}";
        var results = await search.SearchAsync(new SearchRequest(model.Query, model.Type, model.Phase, page), HttpContext.RequestAborted);
        CountSearch(results);
        return View(model with { Results = results });
    }

    [HttpGet("/api/search")]
    public async Task<IActionResult> Api(string? q, string? type, string? phase, int page = 1)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > SearchRequest.MaxTextLength)
        {
            return Problem($"Give the search words in q, up to {SearchRequest.MaxTextLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!search.IsReady)
        {
            Response.Headers.RetryAfter = "10";
            return Problem("Search is being prepared. Try again in a few seconds.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var results = await search.SearchAsync(new SearchRequest(q, Clean(type), Clean(phase), page), HttpContext.RequestAborted);
        CountSearch(results);
        return Ok(new
        {
            total = results.Total,
            page = results.Request.Page,
            results = results.Hits.Select(h => new { title = h.Title, url = h.Url, type = h.Type, snippet = h.Snippet.PlainText }),
        });
    }

    [HttpGet("/api/search/suggestions")]
    public IActionResult Suggestions(string? q) =>
        Ok(search.IsReady && q is { Length: > 0 and <= SearchRequest.MaxTextLength }
            ? search.Suggest(q).Select(s => new { title = s.Title, url = s.Url.Length > 0 ? s.Url : null })
            : []);

    // A search counts once, on its first page of results; turning pages is not searching again.
    private void CountSearch(SearchResults results)
    {
        if (results.Request.Page == 1)
        {
            counter.CountSearch(HttpContext, results.Total);
        }
    }

    // Filter values are machine names; anything else is ignored rather than searched for.
    private static string? Clean(string? value) =>
        value is { Length: > 0 and <= 40 } && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') ? value : null;
}
