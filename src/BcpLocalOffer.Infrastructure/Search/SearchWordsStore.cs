using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>A list of words that tunes search, which administrators edit: its setting and the file it is shipped as.</summary>
public sealed record SearchWordList(string SettingKey, string SeedFileName);

/// <summary>
/// The words search matches with: the synonyms (both ways) and families' own words (one way,
/// see <see cref="SynonymSet"/>). Each is the administrators' version from the database once they
/// have saved one, otherwise the file shipped in content-seed/search.
/// </summary>
public sealed class SearchWordsStore(IServiceScopeFactory scopes, Func<string> seedFolder)
{
    public const int MaxLength = 50_000;

    public static readonly SearchWordList Synonyms = new("search.synonyms", "synonyms.txt");

    public static readonly SearchWordList FamiliesWords = new("search.families-words", "families-words.txt");

    public static IReadOnlyList<SearchWordList> All { get; } = [Synonyms, FamiliesWords];

    public string SeedText(SearchWordList list) =>
        Path.Combine(seedFolder(), list.SeedFileName) is var path && File.Exists(path) ? File.ReadAllText(path) : "";

    public async Task<SiteSetting?> FindSavedAsync(SearchWordList list, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        return await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == list.SettingKey, cancellationToken);
    }

    /// <summary>Every list, one after the other, as the index reads them: when the index changes, never per search.</summary>
    public string ReadAll()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var keys = All.Select(l => l.SettingKey).ToList();
        var saved = db.SiteSettings.AsNoTracking().Where(s => keys.Contains(s.Key)).ToDictionary(s => s.Key, s => s.Value);
        return string.Join('\n', All.Select(list => saved.GetValueOrDefault(list.SettingKey) ?? SeedText(list)));
    }

    public async Task SaveAsync(SearchWordList list, string text, string editor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == list.SettingKey, cancellationToken);
        if (setting is null)
        {
            setting = new SiteSetting { Key = list.SettingKey };
            db.SiteSettings.Add(setting);
        }

        setting.Value = text;
        setting.UpdatedAt = at;
        setting.UpdatedBy = editor;
        await db.SaveChangesAsync(cancellationToken);
    }
}
