using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.Content.Redirects;

/// <summary>Reads every redirect and swaps a new table into the cache, so public requests never query for them.</summary>
public sealed class RedirectCacheLoader(LocalOfferDbContext db, IRedirectCache cache, ILogger<RedirectCacheLoader> logger)
{
    public async Task<RedirectTable> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var table = new RedirectTable(await db.Redirects.AsNoTracking().ToListAsync(cancellationToken));
        cache.Replace(table);
        logger.LogInformation("Redirects loaded: {RedirectCount}", table.Count);
        return table;
    }
}
