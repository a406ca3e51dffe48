using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Infrastructure.ChangeFeed;
using BcpLocalOffer.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

/// <summary>Reads every published service and swaps a new snapshot into the cache.</summary>
public sealed class PublishedDirectoryLoader(LocalOfferDbContext db, IPublishedDirectoryCache cache, ChangeFeedFollower follower, ILogger<PublishedDirectoryLoader> logger)
    : PublishedSnapshotLoader<PublishedDirectory>(db, cache, follower)
{
    public override IReadOnlyCollection<string> Capabilities { get; } = [PublishedCapabilities.Directory];

    protected override async Task<PublishedDirectory> LoadAsync(PublishedDirectory current, CancellationToken cancellationToken)
    {
        var services = await Db.DirectoryServices.AsNoTracking().Where(s => s.PublishedVersionId != null).ToListAsync(cancellationToken);
        var versions = await Db.DirectoryServiceVersions.AsNoTracking()
            .Where(v => Db.DirectoryServices.Any(s => s.PublishedVersionId == v.Id))
            .ToDictionaryAsync(v => v.Id, cancellationToken);

        var directory = new PublishedDirectory(
            services.Where(s => versions.ContainsKey(s.PublishedVersionId!.Value)).Select(s => PublishedServiceBuilder.Build(s, versions[s.PublishedVersionId!.Value])),
            current.Generation + 1);
        logger.LogInformation("Published directory generation {Generation} loaded with {Services} services", directory.Generation, directory.All.Count);
        return directory;
    }
}
