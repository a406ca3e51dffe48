using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BcpLocalOffer.Infrastructure;

public static class AccountsRegistration
{
    /// <summary>Account and partner organisation administration, and the two-factor requirement.</summary>
    public static IServiceCollection AddEditorialAccountAdministration(this IServiceCollection services)
    {
        services.AddScoped<IUserConfirmation<EditorAccount>, ActiveAccountConfirmation>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<CurrentEditors>();
        services.AddScoped<PartnerOrganisations>();
        services.AddScoped<TwoFactorRequirement>();
        return services;
    }
}
