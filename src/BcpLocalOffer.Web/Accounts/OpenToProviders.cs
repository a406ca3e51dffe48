using Microsoft.AspNetCore.Authorization;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// Marks a back-office endpoint (or a whole controller) that a service provider's account may use:
/// their own directory listings, their own account settings. Everything else in the back office is
/// closed to them by <see cref="ProviderBoundary"/>, so a new screen is closed to providers until
/// someone decides otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = false)]
public sealed class OpenToProvidersAttribute : Attribute;

/// <summary>
/// The editor policy's boundary around service providers: an account that is a provider and
/// nothing more passes only on an endpoint marked <see cref="OpenToProvidersAttribute"/>. One check
/// here, rather than one in each controller, so no screen can forget it. Which services a provider
/// may change is the workflow's rule (<c>WorkflowRules.ProviderMayChange</c>), not this one's.
/// </summary>
public sealed class ProviderBoundary : AuthorizationHandler<ProviderBoundary>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ProviderBoundary requirement)
    {
        var endpoint = context.Resource switch
        {
            HttpContext http => http.GetEndpoint(),
            Endpoint direct => direct,
            _ => null,
        };
        if (!context.User.IsProviderOnly() || endpoint?.Metadata.GetMetadata<OpenToProvidersAttribute>() is not null)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
