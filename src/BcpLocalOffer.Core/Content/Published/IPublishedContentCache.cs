using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.Content.Published;

/// <summary>The in-memory published content every page view reads. A page view never queries the database.</summary>
public interface IPublishedContentCache : IPublishedSnapshotCache<PublishedContentSnapshot>;

public sealed class PublishedContentCache() : PublishedSnapshotCache<PublishedContentSnapshot>(PublishedContentSnapshot.Empty), IPublishedContentCache;
