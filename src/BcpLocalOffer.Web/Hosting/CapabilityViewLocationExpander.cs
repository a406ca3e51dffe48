using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace BcpLocalOffer.Web.Hosting;

/// <summary>
/// Views live in the folder of the capability that owns them: a controller in the
/// BcpLocalOffer.Web.Content namespace finds its views in Content/Views.
/// </summary>
public sealed class CapabilityViewLocationExpander : IViewLocationExpander
{
    private const string CapabilityKey = "capability";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            context.Values[CapabilityKey] = ns[(ns.LastIndexOf('.') + 1)..];
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        var capability = context.Values.TryGetValue(CapabilityKey, out var value) ? value : null;
        return viewLocations.Select(location => location.Replace("{Capability}", capability ?? "Shared", StringComparison.Ordinal));
    }
}
