using BcpLocalOffer.Core.ServiceDirectory;
using BcpLocalOffer.Core.ServiceDirectory.Published;
using BcpLocalOffer.Core.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// The namespace is ServiceDirectory, not Directory: a BcpLocalOffer.Infrastructure.Directory namespace would hide System.IO.Directory from all infrastructure code.
namespace BcpLocalOffer.Infrastructure.ServiceDirectory;

public static class DirectoryRegistration
{
    /// <summary>The service directory: its seed import, published snapshot, editing and search documents.</summary>
    public static IServiceCollection AddServiceDirectory(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectoryOptions>(configuration.GetSection(DirectoryOptions.SectionName));
        services.AddSingleton<IPublishedDirectoryCache, PublishedDirectoryCache>();
        services.AddScoped<DirectorySeedImporter>();
        services.AddScoped<PublishedDirectoryLoader>();
        services.AddScoped<DirectoryEditing>();
        services.AddScoped<DirectoryOrganisations>();
        services.AddSingleton<DirectorySearchDocuments>();
        services.AddSingleton<ISearchDocumentSource>(provider => provider.GetRequiredService<DirectorySearchDocuments>());
        return services;
    }
}
