using System.Net.Http.Json;

namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>GET /api/search as a client of the JSON API calls it.</summary>
public static class SearchApi
{
    public static async Task<SearchApiResponse> GetAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetFromJsonAsync<SearchApiResponse>("/api/search?q=" + Uri.EscapeDataString(query) + extra);
        return response ?? throw new InvalidOperationException("The search API answered with no body.");
    }
}
