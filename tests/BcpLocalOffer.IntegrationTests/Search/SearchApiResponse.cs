namespace BcpLocalOffer.IntegrationTests.Search;

/// <summary>The JSON of GET /api/search, as a client of the API reads it.</summary>
public sealed record SearchApiResponse(int Total, int Page, IReadOnlyList<SearchApiResult> Results);

public sealed record SearchApiResult(string Title, string Url, string Type, string Snippet);
