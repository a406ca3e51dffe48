using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.Search;

/// <summary>
/// The synonyms search uses: the administrators' version from the database once they have saved
/// one, otherwise the file shipped in content-seed/search/synonyms.txt.
/// </summary>
public sealed class SearchSynonymsStore(IServiceScopeFactory scopes, Func<string> seedFile)
{
    public const string SettingKey = "search.synonyms";
    public const int MaxLength = 50_000;

    public string SeedText => File.Exists(seedFile()) ? File.ReadAllText(seedFile()) : "";

    public async Task<SiteSetting?> FindSavedAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        return await db.SiteSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
    }

    /// <summary>Read when the index changes, never per search.</summary>
    public string Read()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        return db.SiteSettings.AsNoTracking().Where(s => s.Key == SettingKey).Select(s => s.Value).SingleOrDefault() ?? SeedText;
    }

    public async Task SaveAsync(string text, string editor, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalOfferDbContext>();
        var setting = await db.SiteSettings.SingleOrDefaultAsync(s => s.Key == SettingKey, cancellationToken);
        if (setting is null)
        {
            setting = new SiteSetting { Key = SettingKey };
            db.SiteSettings.Add(setting);
        }

        setting.Value = text;
        setting.UpdatedAt = at;
        setting.UpdatedBy = editor;
        await db.SaveChangesAsync(cancellationToken);
    }
}
