using BcpLocalOffer.Core.Feedback;
using BcpLocalOffer.Core.Search;
using BcpLocalOffer.Core.YouSaidWeDid;
using BcpLocalOffer.Infrastructure.YouSaidWeDid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.Feedback;

public static class FeedbackRegistration
{
    /// <summary>Feedback (writer, triage, topics, statistics, retention, personal data, replies) and "You said – We did".</summary>
    public static IServiceCollection AddFeedbackAndYouSaidWeDid(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedbackOptions>(configuration.GetSection(FeedbackOptions.SectionName));
        services.AddSingleton<FeedbackWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<FeedbackWriter>());
        services.AddSingleton<FeedbackTopicSnapshot>();
        services.AddScoped<FeedbackTopics>();
        services.AddScoped<FeedbackTriage>();
        services.AddScoped<FeedbackRetention>();
        services.AddScoped<PersonalDataRequests>();
        services.AddScoped<IFeedbackStatistics, FeedbackStatistics>();
        services.AddSingleton<FeedbackRetentionRunner>();

        services.AddSingleton<IPublishedYouSaidWeDidCache, PublishedYouSaidWeDidCache>();
        services.AddScoped<PublishedYouSaidWeDidLoader>();
        services.AddScoped<YouSaidWeDidEditing>();
        services.AddSingleton<YouSaidWeDidSearchDocuments>();
        services.AddSingleton<ISearchDocumentSource>(provider => provider.GetRequiredService<YouSaidWeDidSearchDocuments>());
        return services;
    }
}
