using BcpLocalOffer.Core.ImprovementPlan.Published;
using BcpLocalOffer.Core.Search;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure.ImprovementPlan;

public static class ImprovementPlanRegistration
{
    /// <summary>The improvement plan: its seed import, published snapshot, editing and search documents.</summary>
    public static IServiceCollection AddImprovementPlan(this IServiceCollection services)
    {
        services.AddSingleton<IPublishedPlanCache, PublishedPlanCache>();
        services.AddScoped<PlanSeedImporter>();
        services.AddScoped<PublishedPlanLoader>();
        services.AddScoped<StatusChangeEditing>();
        services.AddScoped<QuarterlyReportEditing>();
        services.AddSingleton<ImprovementPlanSearchDocuments>();
        services.AddSingleton<ISearchDocumentSource>(provider => provider.GetRequiredService<ImprovementPlanSearchDocuments>());
        return services;
    }
}
