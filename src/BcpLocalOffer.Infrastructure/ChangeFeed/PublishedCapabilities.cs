using BcpLocalOffer.Core.Content;
using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Identity;
using BcpLocalOffer.Core.ImprovementPlan;
using BcpLocalOffer.Core.Settings;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.ImprovementPlan;
using BcpLocalOffer.Infrastructure.Search;

namespace BcpLocalOffer.Infrastructure.ChangeFeed;

/// <summary>
/// The parts of the site a node holds in memory, as the change feed names them, and which stored
/// entities each is built from. Saving any of those entities records the capability in the feed.
/// </summary>
public static class PublishedCapabilities
{
    public const string Content = "content";
    public const string Redirects = "redirects";
    public const string SearchSynonyms = "search-synonyms";
    public const string ImprovementPlan = "improvement-plan";
    public const string Directory = "directory";
    public const string YouSaidWeDid = "you-said-we-did";
    public const string FeedbackTopics = "feedback-topics";
    public const string SiteSettings = "site-settings";

    public const int MaxLength = 40;

    private static readonly Dictionary<Type, string> ByEntity = new()
    {
        [typeof(ContentNode)] = Content,
        [typeof(ContentVersion)] = Content,

        // Owner organisations' names are shown on every page they own.
        [typeof(PartnerOrganisation)] = Content,
        [typeof(Redirect)] = Redirects,
        [typeof(PlanArea)] = ImprovementPlan,
        [typeof(PlanFocusArea)] = ImprovementPlan,
        [typeof(PlanAction)] = ImprovementPlan,
        [typeof(StatusChange)] = ImprovementPlan,
        [typeof(QuarterlyReport)] = ImprovementPlan,
        [typeof(DirectoryService)] = Directory,
        [typeof(ServiceVersion)] = Directory,
        [typeof(YouSaidWeDidEntry)] = YouSaidWeDid,
        [typeof(YouSaidWeDidFeedbackLink)] = YouSaidWeDid,
        [typeof(FeedbackTopic)] = FeedbackTopics,
    };

    /// <summary>The capability a change to <paramref name="entity"/> alters, or null when the public sees none of it.</summary>
    public static string? Of(object entity) => entity switch
    {
        SiteSetting { Key: var key } when SearchWordsStore.All.Any(list => list.SettingKey == key) => SearchSynonyms,
        SiteSetting { Key: PlanSeedImporter.DocumentSettingKey } => ImprovementPlan,
        SiteSetting => SiteSettings,
        _ => ByEntity.GetValueOrDefault(entity.GetType()),
    };
}
