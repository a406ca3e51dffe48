using BcpLocalOffer.Core.Directory.Published;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>Reads every published service and swaps a new snapshot into the cache.</summary>
public sealed class PublishedDirectoryLoader(LocalOfferDbContext db, IPublishedDirectoryCache cache, ILogger<PublishedDirectoryLoader> logger)
{
    public async Task<PublishedDirectory> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var services = await db.DirectoryServices.AsNoTracking().Where(s => s.PublishedVersionId != null).ToListAsync(cancellationToken);
        var versions = await db.DirectoryServiceVersions.AsNoTracking()
            .Where(v => db.DirectoryServices.Any(s => s.PublishedVersionId == v.Id))
            .ToDictionaryAsync(v => v.Id, cancellationToken);

        var directory = new PublishedDirectory(
            services.Where(s => versions.ContainsKey(s.PublishedVersionId!.Value)).Select(s => PublishedServiceBuilder.Build(s, versions[s.PublishedVersionId!.Value])),
            cache.Current.Generation + 1);
        cache.Replace(directory);
        logger.LogInformation("Published directory generation {Generation} loaded with {Services} services", directory.Generation, directory.All.Count);
        return directory;
    }
}
