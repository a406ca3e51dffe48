using BcpLocalOffer.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;

namespace BcpLocalOffer.Web.Editorial;

/// <summary>Who may do what on the editorial side, by role.</summary>
public static class EditorialPolicies
{
    public const string AnyEditor = "AnyEditor";
    public const string Board = "EditorialBoard";
    public const string Administration = "Administration";

    public static AuthorizationBuilder AddEditorialPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(AnyEditor, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.All))
        .AddPolicy(Board, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.EditorialBoard, EditorialRoles.Administrator))
        .AddPolicy(Administration, policy => policy.RequireAuthenticatedUser().RequireRole(EditorialRoles.Administrator));
}
