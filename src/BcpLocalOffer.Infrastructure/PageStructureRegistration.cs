using BcpLocalOffer.Core.Content.Redirects;
using BcpLocalOffer.Infrastructure.Content.Redirects;
using BcpLocalOffer.Infrastructure.Publishing;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure;

public static class PageStructureRegistration
{
    /// <summary>Moving, archiving and reviewing pages, and the redirects that keep old URLs working.</summary>
    public static IServiceCollection AddPageStructure(this IServiceCollection services)
    {
        services.AddSingleton<IRedirectCache, RedirectCache>();
        services.AddScoped<RedirectCacheLoader>();
        services.AddScoped<RedirectEditing>();
        services.AddScoped<PageStructureEditing>();
        services.AddScoped<PageReviews>();
        return services;
    }
}
