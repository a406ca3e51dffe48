using BcpLocalOffer.Core.Published;

namespace BcpLocalOffer.Core.ImprovementPlan.Published;

/// <summary>The published plan every public page reads. A page view never queries the database.</summary>
public interface IPublishedPlanCache : IPublishedSnapshotCache<PublishedPlan>;

public sealed class PublishedPlanCache() : PublishedSnapshotCache<PublishedPlan>(PublishedPlan.Empty), IPublishedPlanCache;
