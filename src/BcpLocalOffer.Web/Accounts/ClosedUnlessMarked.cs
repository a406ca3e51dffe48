using Microsoft.AspNetCore.Authorization;

namespace BcpLocalOffer.Web.Accounts;

/// <summary>
/// The fallback policy's one requirement: an endpoint that says neither who may use it (a policy)
/// nor that anyone may (<c>[AllowAnonymous]</c>) is refused to everyone, visitors and editors alike,
/// so a forgotten attribute closes a new screen instead of opening it.
/// </summary>
public sealed class ClosedUnlessMarked : AuthorizationHandler<ClosedUnlessMarked>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ClosedUnlessMarked requirement)
    {
        // No route matched: the answer is a 404 or a 405 and nothing of ours runs. Refusing would send a
        // visitor's mistyped address to the sign-in page instead.
        if (context.Resource is HttpContext http && http.GetEndpoint() is not RouteEndpoint)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
