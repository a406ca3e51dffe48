using BcpLocalOffer.Core.Search;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>
/// The index is built by a background service once the host has started, so every search test
/// first waits for it; each factory has its own data folder and so its own index.
/// </summary>
public static class SearchReadiness
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<ISearchService> WaitForSearchAsync(this WebApplicationFactory<Program> factory)
    {
        var search = factory.Services.GetRequiredService<ISearchService>();
        Assert.True(
            await Eventually.TrueWithinAsync(Timeout, () => search.IsReady, TimeSpan.FromMilliseconds(100)),
            $"The search index was not ready within {Timeout.TotalSeconds} s of the site starting.");
        return search;
    }
}
