namespace BcpLocalOffer.Web.Content;

/// <summary>What the layout needs to say a page is a preview; set in ViewData by the preview action only.</summary>
public sealed record PreviewBanner(Guid NodeKey, int VersionNumber, string Name, string Status)
{
    public const string ViewDataKey = "PreviewBanner";
}
