using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// An editorial session ends 8 hours after sign-in, however active it is: the sliding 20 minutes
/// renews the cookie on every request, so without this a stolen cookie kept busy would never expire.
/// The sign-in time rides in the cookie's properties, which renewal copies.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(8);

    private const string SignedInAtKey = "lo.signed-in-at";

    public static void Apply(CookieAuthenticationOptions options)
    {
        options.Events.OnSigningIn = context =>
        {
            context.Properties.Items.TryAdd(SignedInAtKey, Clock(context.HttpContext).GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            return Task.CompletedTask;
        };

        // Identity's security stamp check stays: it runs after the age check, on every request.
        options.Events.OnValidatePrincipal = async context =>
        {
            if (IsTooOld(context.Properties, Clock(context.HttpContext).GetUtcNow()))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context);
        };
    }

    private static bool IsTooOld(AuthenticationProperties properties, DateTimeOffset now) =>
        // A cookie from before the sign-in time was kept has none: it is treated as signed in long ago.
        !properties.Items.TryGetValue(SignedInAtKey, out var value)
        || !long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
        || now - DateTimeOffset.FromUnixTimeSeconds(seconds) > Absolute;

    private static TimeProvider Clock(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>();
}
