using BcpLocalOffer.Web.Hosting;
using BcpLocalOffer.Web.OpenReferral;

// ServiceDirectory rather than Directory: a BcpLocalOffer.Web.Directory namespace would hide
// System.IO.Directory from every web capability. The views still live in Directory/Views.
namespace BcpLocalOffer.Web.ServiceDirectory;

public static class DirectoryWebRegistration
{
    /// <summary>The Open Referral API's catalogue, built once the published directory is loaded and after every publish.</summary>
    public static IServiceCollection AddServiceDirectoryWeb(this IServiceCollection services)
    {
        services.AddSingleton<OpenReferralCatalogue>();
        services.AddStartupStep<OpenReferralCatalogue>((catalogue, _) =>
        {
            catalogue.Warm();
            return Task.CompletedTask;
        });
        return services;
    }
}
