using System.Security.Claims;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Search;

/// <summary>Administrators tune search: the synonyms families' words are matched with, and a full index rebuild.</summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class SearchSettingsController(
    SearchSynonymsStore synonyms,
    SearchIndexer indexer,
    ISearchService search,
    TimeProvider clock,
    ILogger<SearchSettingsController> logger) : BackOfficeController
{
    private const string Path = "/editorial/search-settings";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string? saved, string? rebuilt)
    {
        var setting = await synonyms.FindSavedAsync();
        return Show(new SearchSettingsModel(setting?.Value ?? synonyms.SeedText, setting is not null, setting?.UpdatedAt, search.IsReady)
        {
            Confirmation = saved is not null ? "Synonyms saved. Search is rebuilt with them in the background and uses them within a few seconds."
                : rebuilt is not null ? "The search index is being rebuilt. Search keeps working while it happens." : null,
        });
    }

    [HttpPost(Path + "/synonyms")]
    public async Task<IActionResult> SaveSynonyms(string? synonymsText)
    {
        var text = (synonymsText ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > SearchSynonymsStore.MaxLength)
        {
            ModelState.AddModelError("synonymsText", $"Synonyms must be {SearchSynonymsStore.MaxLength:N0} characters or fewer");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Show(new SearchSettingsModel(text, true, null, search.IsReady));
        }

        await synonyms.SaveAsync(text, User.FindFirstValue(ClaimTypes.Name) ?? "", clock.GetUtcNow());
        indexer.RequestUpdate();
        logger.LogInformation("Search synonyms changed by an administrator");
        return Redirect(Path + "?saved=1");
    }

    [HttpPost(Path + "/rebuild")]
    public IActionResult Rebuild()
    {
        // The rebuild goes into a new folder and is swapped in when complete, so it can run after the response.
        _ = Task.Run(async () =>
        {
            try
            {
                await indexer.RebuildAsync();
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Search index rebuild requested by an administrator failed");
            }
        });
        logger.LogInformation("Search index rebuild requested by an administrator");
        return Redirect(Path + "?rebuilt=1");
    }

    private ViewResult Show(SearchSettingsModel model)
    {
        ViewData["Title"] = "Search settings";
        return View("SearchSettings", model);
    }
}

public sealed record SearchSettingsModel(string SynonymsText, bool Customised, DateTimeOffset? UpdatedAt, bool IndexReady)
{
    public string? Confirmation { get; init; }
}
