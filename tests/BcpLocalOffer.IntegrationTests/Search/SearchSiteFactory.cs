using BcpLocalOffer.IntegrationTests.Hosting;
using Microsoft.AspNetCore.Hosting;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// A site started by one test rather than shared by a class: for what happens at start, on a data
/// folder that test prepared (a damaged index) or that an earlier site left behind (a restart).
/// </summary>
public sealed class SearchSiteFactory : LocalOfferFactory
{
    private readonly string? earlierDataPath;

    public SearchSiteFactory(Action<string>? prepareDataFolder = null, string? earlierDataPath = null)
    {
        this.earlierDataPath = earlierDataPath;
        prepareDataFolder?.Invoke(SiteDataPath);
    }

    /// <summary>The data folder this site runs on: its own, or the earlier site's after a restart.</summary>
    public string SiteDataPath => earlierDataPath ?? DataPath;

    public string SearchIndexFolder => Path.Combine(SiteDataPath, "search-index", NodeId);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (earlierDataPath is not null)
        {
            builder.UseSetting("LocalOffer:DataPath", earlierDataPath);
        }
    }

    /// <summary>Stops the site and deletes its data folder (and its PostgreSQL database).</summary>
    public Task DisposeWithDataAsync() => ((IAsyncLifetime)this).DisposeAsync();
}
