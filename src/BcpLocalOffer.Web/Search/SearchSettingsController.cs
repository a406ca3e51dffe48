using System.Security.Claims;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Infrastructure.Search;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using BcpLocalOffer.Web.Accounts;
using BcpLocalOffer.Web.BackOffice;

namespace BcpLocalOffer.Web.Search;

/// <summary>
/// Administrators tune search: the synonyms families' words are matched with, families' own words
/// for what the pages call something, and a full index rebuild.
/// </summary>
[Authorize(Policy = EditorialPolicies.Administration)]
public sealed class SearchSettingsController(
    SearchWordsStore words,
    SearchIndexer indexer,
    ISearchService search,
    TimeProvider clock,
    ILogger<SearchSettingsController> logger) : BackOfficeController
{
    private const string Path = "/editorial/search-settings";

    [HttpGet(Path)]
    public async Task<IActionResult> Index(string? saved, string? rebuilt)
    {
        var model = await LoadAsync();
        return Show(model with
        {
            Confirmation = saved switch
            {
                "synonyms" => "Synonyms saved. Search is rebuilt with them in the background and uses them within a few seconds.",
                "families-words" => "Families' words saved. Search uses them within a few seconds.",
                _ => rebuilt is not null ? "The search index is being rebuilt. Search keeps working while it happens." : null,
            },
        });
    }

    [HttpPost(Path + "/synonyms")]
    public Task<IActionResult> SaveSynonyms(string? synonymsText) =>
        SaveAsync(SearchWordsStore.Synonyms, "synonymsText", "Synonyms", synonymsText, "synonyms");

    [HttpPost(Path + "/families-words")]
    public Task<IActionResult> SaveFamiliesWords(string? familiesWordsText) =>
        SaveAsync(SearchWordsStore.FamiliesWords, "familiesWordsText", "Families' words", familiesWordsText, "families-words");

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

    private async Task<IActionResult> SaveAsync(SearchWordList list, string field, string name, string? typed, string saved)
    {
        var text = (typed ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (text.Length > SearchWordsStore.MaxLength)
        {
            ModelState.AddModelError(field, $"{name} must be {SearchWordsStore.MaxLength:N0} characters or fewer");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var model = await LoadAsync();
            return Show(list == SearchWordsStore.Synonyms ? model with { Synonyms = new(text, true, null) } : model with { FamiliesWords = new(text, true, null) });
        }

        await words.SaveAsync(list, text, User.FindFirstValue(ClaimTypes.Name) ?? "", clock.GetUtcNow());
        indexer.RequestUpdate();
        logger.LogInformation("Search word list {List} changed by an administrator", list.SettingKey);
        return Redirect($"{Path}?saved={saved}");
    }

    private async Task<SearchSettingsModel> LoadAsync()
    {
        async Task<SearchWordListModel> Load(SearchWordList list) =>
            await words.FindSavedAsync(list) is { } setting ? new(setting.Value, true, setting.UpdatedAt) : new(words.SeedText(list), false, null);
        return new SearchSettingsModel(await Load(SearchWordsStore.Synonyms), await Load(SearchWordsStore.FamiliesWords), search.IsReady);
    }

    private ViewResult Show(SearchSettingsModel model)
    {
        ViewData["Title"] = (ModelState.IsValid ? "" : "Error: ") + "Search settings";
        return View("SearchSettings", model);
    }
}

/// <summary>A word list as the form shows it: its text, and whether and when an administrator changed it.</summary>
public sealed record SearchWordListModel(string Text, bool Customised, DateTimeOffset? UpdatedAt)
{
    public string Changed(string installed) => Customised && UpdatedAt is { } at ? $"Last changed here on {at.ToLocalTime():d MMMM yyyy 'at' h:mmtt}." : installed;
}

public sealed record SearchSettingsModel(SearchWordListModel Synonyms, SearchWordListModel FamiliesWords, bool IndexReady)
{
    public string? Confirmation { get; init; }
}
