using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>Who may do what on the editorial side, by role.</summary>
public static class EditorialPolicies
{
    public const string AnyEditor = "AnyEditor";
    public const string Board = "EditorialBoard";
    public const string Administration = "Administration";
    public const string Statistics = "Statistics";

    public static AuthorizationBuilder AddEditorialPolicies(this AuthorizationBuilder builder) => builder
        // Service providers are editors too, but reach only what is marked open to them.
        .AddPolicy(AnyEditor, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.All).AddRequirements(new ProviderBoundary()))
        // Administrators manage people and settings; only the board reviews, publishes and reads feedback.
        .AddPolicy(Board, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.EditorialBoard))
        // The site's statistics are for the board and for administrators (the digital team), who publish nothing.
        .AddPolicy(Statistics, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.EditorialBoard, EditorialRoles.Administrator))
        .AddPolicy(Administration, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.Administrator))
        // Closed unless marked: every public endpoint says [AllowAnonymous], every other one its policy.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().AddRequirements(new ClosedUnlessMarked()).Build());
}
