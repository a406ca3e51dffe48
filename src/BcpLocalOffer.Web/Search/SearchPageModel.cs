using BcpLocalOffer.Core.Search;
using Microsoft.AspNetCore.WebUtilities;

namespace BcpLocalOffer.Web.Search;

public sealed record SearchPageModel(string Query, string? Type, string? Phase, int Page)
{
    public SearchResults? Results { get; init; }

    public string? Error { get; init; }

    public bool NotReady { get; init; }

    /// <summary>This search's address with some parameters changed (null removes one).</summary>
    public string Link(string? type = "", string? phase = "", int page = 1, string? query = null)
    {
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = query ?? Query,
            ["type"] = type == "" ? Type : type,
            ["phase"] = phase == "" ? Phase : phase,
            ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("/search", parameters.Where(p => p.Value is not null)!);
    }
}
