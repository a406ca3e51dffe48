using BcpLocalOffer.Infrastructure;
using BcpLocalOffer.Infrastructure.Data;
using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using BcpLocalOffer.Web.Users;

namespace BcpLocalOffer.Web.Accounts;

public static class EditorialIdentityRegistration
{
    /// <summary>
    /// ASP.NET Core Identity in the site's own database. Long passwords rather than character
    /// rules (NCSC guidance), lockout after 5 failures for 15 minutes, a cookie that is secure,
    /// HTTP-only, same-site strict and ends after 20 idle minutes, and 8 hours after sign-in however active.
    /// </summary>
    public static IServiceCollection AddEditorialIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentity<EditorAccount, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // "Confirmed" here means "not disabled": see ActiveAccountConfirmation.
                options.SignIn.RequireConfirmedAccount = true;
            })
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddEntityFrameworkStores<LocalOfferDbContext>()
            // The same store, with the authenticator key encrypted and recovery codes hashed.
            .AddUserStore<ProtectedSecretsUserStore>()
            .AddClaimsPrincipalFactory<EditorClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider under the same name: each code works once.
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "lo-editorial";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(20);
            options.SlidingExpiration = true;
            SessionLifetime.Apply(options);
            options.LoginPath = AccountController.SignInPath;
            options.AccessDeniedPath = "/editorial/access-denied";
            options.ReturnUrlParameter = "returnUrl";
        });
        services.AddAntiforgery(options =>
        {
            // SameAsRequest: "Always" makes antiforgery throw on a plain-HTTP request (a proxy that
            // terminates TLS without forwarded headers), turning the sign-in page into a 500.
            options.Cookie.Name = "lo-antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Every request checks the account's security stamp, so disabling an account, resetting its
        // two-factor or setting a new password ends its sessions at once, and role changes apply
        // on the next request. Editors are few; the lookup is one row by key.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // A set-password link lasts 24 hours (and works once; a newer link ends it).
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));
        services.AddHttpContextAccessor();
        services.AddScoped<IAccountLinks, AccountLinks>();
        services.AddAuthorizationBuilder().AddEditorialPolicies();
        services.AddScoped<EditorialAccounts>();
        services.AddScoped<SignInLanding>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<DecoyPasswordHash>();
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TwoFactorOptions>().BindConfiguration(TwoFactorOptions.SectionName);
        if (environment.IsDevelopment())
        {
            // The demo accounts' passwords are in the README; a second factor would only stand
            // between a developer and the site. Outside Development they are disabled anyway.
            services.PostConfigure<TwoFactorOptions>(options => options.Exempt(EditorialAccounts.DevelopmentAccounts.Select(a => a.Email)));
        }

        services.AddEditorialAccountAdministration();
        return services;
    }
}
