using System.Text.RegularExpressions;

namespace BcpLocalOffer.Core.Analytics;

/// <summary>
/// A link click as the page's script reports it, checked before it is counted: the page and an
/// internal target must be paths on this site; an outbound target is kept without its query
/// string or fragment (which can carry someone's details), and never with a user name.
/// </summary>
public sealed partial record LinkClick(EventKind Kind, string Path, string Target, string? Context)
{
    public const int MaxPathLength = 512;
    public const int MaxTargetLength = 1000;
    public const int MaxContextLength = 100;

    /// <summary>The names the script sends for the kinds of link.</summary>
    public static readonly IReadOnlyDictionary<string, EventKind> KindNames = new Dictionary<string, EventKind>(StringComparer.Ordinal)
    {
        ["internal"] = EventKind.InternalLink,
        ["outbound"] = EventKind.OutboundLink,
        ["download"] = EventKind.Download,
    };

    [GeneratedRegex("^[a-z0-9-]{1,40}(:[A-Za-z0-9._/-]{1,58})?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContextPattern();

    /// <summary>The click, or the reason it cannot be counted.</summary>
    public static (LinkClick? Click, string? Problem) Create(string? kind, string? path, string? target, string? context)
    {
        if (kind is null || !KindNames.TryGetValue(kind, out var eventKind))
        {
            return (null, "kind must be one of: internal, outbound, download");
        }

        if (!IsSitePath(path))
        {
            return (null, $"path must be a path on this site, starting with a single /, up to {MaxPathLength} characters");
        }

        if (context is not null && (context.Length > MaxContextLength || !ContextPattern().IsMatch(context)))
        {
            return (null, "context must look like name or name:id, in lower-case letters, digits and hyphens");
        }

        if (eventKind == EventKind.OutboundLink)
        {
            return OutboundAddress(target) is { } address
                ? (new LinkClick(eventKind, path!, address, context), null)
                : (null, $"target must be an http or https address, up to {MaxTargetLength} characters");
        }

        return IsSitePath(target)
            ? (new LinkClick(eventKind, path!, target!, context), null)
            : (null, $"target must be a path on this site for an {kind} link");
    }

    /// <summary>A path on this site as a browser reports it: one leading /, no host, query, fragment, spaces or control characters.</summary>
    public static bool IsSitePath(string? path) =>
        path is { Length: > 0 and <= MaxPathLength }
        && path[0] == '/'
        && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.AsSpan().ContainsAny("\\?#")
        && !path.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
        && Uri.IsWellFormedUriString(path, UriKind.Relative);

    private static string? OutboundAddress(string? target)
    {
        if (target is not { Length: > 0 and <= MaxTargetLength }
            || target.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            || !Uri.TryCreate(target, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0
            || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.GetLeftPart(UriPartial.Path);
    }
}
