using System.Net;
using System.Text.Json.Nodes;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>
/// The Open Referral UK API as another council's app would call it: every endpoint's response
/// checked against the UK profile's schemas, pagination, filters, CORS and errors as JSON.
/// </summary>
public class OpenReferralApiTests(DirectoryFactory factory) : IClassFixture<DirectoryFactory>
{
    private static readonly OpenReferralSchemas Schemas = OpenReferralSchemas.Shared;
    private static readonly string[] PageFields = ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"];

    [Fact]
    public async Task The_root_says_which_version_and_profile_it_serves()
    {
        var root = await GetValidAsync("/openreferral/", Schemas.ResponseSchema("/"));
        Assert.Equal("3.0", root["version"]!.GetValue<string>());
        Assert.StartsWith("https://", root["profile"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_list_endpoint_pages_with_the_profiles_fields_and_matches_its_schema()
    {
        foreach (var (path, schemaPath) in new[]
        {
            ("/openreferral/services", "/services"),
            ("/openreferral/service_at_locations", "/service_at_locations"),
            ("/openreferral/taxonomies", "/taxonomies"),
            ("/openreferral/taxonomy_terms", "/taxonomy_terms"),
        })
        {
            var first = await GetValidAsync(path + "?per_page=3", Schemas.ResponseSchema(schemaPath));
            Assert.All(PageFields, field => Assert.True(first.ContainsKey(field), $"{path} has no {field}"));
            Assert.Equal(1, first["page_number"]!.GetValue<int>());
            Assert.Equal(3, first["size"]!.GetValue<int>());
            Assert.True(first["first_page"]!.GetValue<bool>());
            var total = first["total_items"]!.GetValue<int>();
            Assert.Equal((total + 2) / 3, first["total_pages"]!.GetValue<int>());

            var last = await GetValidAsync($"{path}?per_page=3&page={first["total_pages"]}", Schemas.ResponseSchema(schemaPath));
            Assert.True(last["last_page"]!.GetValue<bool>());
            Assert.Equal(total - (3 * (first["total_pages"]!.GetValue<int>() - 1)), last["contents"]!.AsArray().Count);

            var beyond = await GetValidAsync($"{path}?per_page=3&page=999", Schemas.ResponseSchema(schemaPath));
            Assert.True(beyond["empty"]!.GetValue<bool>());
            Assert.Empty(beyond["contents"]!.AsArray());
        }
    }

    [Fact]
    public async Task Every_item_endpoint_matches_its_schema_for_every_service_location_taxonomy_and_term()
    {
        var services = await AllAsync("/openreferral/services");
        Assert.True(services.Count >= 30);
        foreach (var service in services)
        {
            var full = await GetValidAsync($"/openreferral/services/{service!["id"]}", Schemas.Compiled("service.json"));
            Assert.Equal(service["name"]!.GetValue<string>(), full["name"]!.GetValue<string>());
            Assert.Contains("Sample data", full["alert"]!.GetValue<string>());
        }

        foreach (var location in await AllAsync("/openreferral/service_at_locations"))
        {
            // The official validator checks this endpoint against the schema the profile's OpenAPI names,
            // service.json, though its operation says "fully nested service_at_location": the body is both.
            var address = $"/openreferral/service_at_locations/{location!["id"]}";
            var full = await GetValidAsync(address, Schemas.ResponseSchema("/service_at_locations/{id}"));
            Assert.Empty(Schemas.Validate(full, Schemas.Compiled("service_at_location.json")));
            Assert.Equal(location["id"]!.GetValue<string>(), full["id"]!.GetValue<string>());
            Assert.Equal(full["service"]!["name"]!.GetValue<string>(), full["name"]!.GetValue<string>());
            Assert.Equal(full["service"]!["status"]!.GetValue<string>(), full["status"]!.GetValue<string>());
        }

        foreach (var taxonomy in await AllAsync("/openreferral/taxonomies"))
        {
            await GetValidAsync($"/openreferral/taxonomies/{taxonomy!["id"]}", Schemas.Taxonomy());
        }

        foreach (var term in await AllAsync("/openreferral/taxonomy_terms"))
        {
            await GetValidAsync($"/openreferral/taxonomy_terms/{term!["id"]}", Schemas.TaxonomyTerm());
        }
    }

    /// <summary>
    /// The official validator's Level 1 checks (OpenReferralUK/oruk-validator), step by step, against the
    /// profile's own OpenAPI: every path it describes (none is tagged optional, so all are Level 1); each
    /// list's first, middle and last page as the validator asks for them (page only, our default size);
    /// then each item path with up to ten ids taken from its list; every body against the schema the
    /// OpenAPI names for it. (The validator itself fetches the profile from the internet, which CI has not.)
    /// </summary>
    [Fact]
    public async Task The_api_passes_the_official_validators_level_1_procedure()
    {
        var ids = new Dictionary<string, List<string>>();
        var paths = Schemas.GetPaths();
        Assert.Equal(9, paths.Count);
        foreach (var (path, paged) in paths.Where(p => !p.Path.Contains('{', StringComparison.Ordinal)))
        {
            var first = await GetValidAsync($"/openreferral{path}{(paged ? "?page=1" : "")}", Schemas.ResponseSchema(path));
            if (!paged)
            {
                continue;
            }

            var pages = first["total_pages"]!.GetValue<int>();
            Assert.NotEmpty(first["contents"]!.AsArray());
            foreach (var page in new[] { pages / 2, pages }.Where(n => n > 1).Distinct())
            {
                await GetValidAsync($"/openreferral{path}?page={page}", Schemas.ResponseSchema(path));
            }

            ids[path] = [.. first["contents"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).Take(10)];
        }

        foreach (var (path, _) in paths.Where(p => p.Path.EndsWith("/{id}", StringComparison.Ordinal)))
        {
            var list = ids[path[..^"/{id}".Length]];
            Assert.NotEmpty(list);
            foreach (var id in list)
            {
                await GetValidAsync("/openreferral" + path.Replace("{id}", id, StringComparison.Ordinal), Schemas.ResponseSchema(path));
            }
        }
    }

    [Fact]
    public async Task A_service_carries_its_terms_venue_status_and_send_friendly_evidence()
    {
        var splash = await ServiceNamedAsync("Saturday Splash Club");
        var full = await GetValidAsync($"/openreferral/services/{splash["id"]}", Schemas.Compiled("service.json"));
        Assert.Equal("active", full["status"]!.GetValue<string>());
        Assert.Equal((5, 17), (full["minimum_age"]!.GetValue<int>(), full["maximum_age"]!.GetValue<int>()));
        Assert.Equal("2026-09-14", full["assured_date"]!.GetValue<string>());
        Assert.Contains("Team Teach", full["accreditations"]!.GetValue<string>());
        var terms = full["attributes"]!.AsArray().Select(a => a!["taxonomy_term"]!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Short break", terms);
        Assert.Contains("Poole", terms);
        var location = full["service_at_locations"]!.AsArray().Single()!["location"]!;
        Assert.Equal("BH15 1AA", location["addresses"]![0]!["postal_code"]!.GetValue<string>());
        Assert.Contains("hoist", location["accessibility"]![0]!["description"]!.GetValue<string>());

        var stale = await ServiceNamedAsync("Youth Adventure Weekends");
        Assert.False(stale.ContainsKey("assured_date"));
        Assert.Equal("temporarily closed", (await ServiceNamedAsync("Teen social nights"))["status"]!.GetValue<string>());
        Assert.Equal("defunct", (await ServiceNamedAsync("Saturday drama club (closed)"))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Services_filter_by_text_taxonomy_term_taxonomy_and_age()
    {
        var terms = await AllAsync("/openreferral/taxonomy_terms");
        var shortBreak = terms.Single(t => t!["code"]!.GetValue<string>() == "short-break")!["id"]!.GetValue<string>();
        var poole = terms.Single(t => t!["code"]!.GetValue<string>() == "poole")!["id"]!.GetValue<string>();

        var breaks = await AllAsync($"/openreferral/services?taxonomy_term_id={shortBreak}");
        Assert.True(breaks.Count >= 10);
        var bothTerms = await AllAsync($"/openreferral/services?taxonomy_term_id={shortBreak}&text=splash");
        Assert.Equal("Saturday Splash Club", Assert.Single(bothTerms)!["name"]!.GetValue<string>());
        Assert.Contains((await AllAsync($"/openreferral/services?taxonomy_term_id={poole}")), s => s!["name"]!.GetValue<string>() == "Teen social nights");

        var kindTaxonomy = terms.Single(t => t!["code"]!.GetValue<string>() == "short-break")!["taxonomy_id"]!.GetValue<string>();
        Assert.Equal((await AllAsync("/openreferral/services")).Count, (await AllAsync($"/openreferral/services?taxonomy_id={kindTaxonomy}")).Count);

        var teens = await AllAsync("/openreferral/services?minimum_age=11&maximum_age=19");
        Assert.NotEmpty(teens);
        Assert.All(teens, s => Assert.True(s!["minimum_age"]!.GetValue<int>() >= 11 && s["maximum_age"]!.GetValue<int>() <= 19));
        Assert.Empty(await AllAsync("/openreferral/services?text=no+such+words+anywhere"));
        Assert.Equal(
            (await AllAsync("/openreferral/services?text=swimming")).Count,
            (await AllAsync("/openreferral/services?search=SWIMMING")).Count);
    }

    [Fact]
    public async Task Taxonomy_and_term_ids_are_stable_across_restarts_and_reseeding()
    {
        var terms = await AllAsync("/openreferral/taxonomy_terms");
        var autism = terms.Single(t => t!["code"]!.GetValue<string>() == "autism")!;

        // Derived from the term itself, so any node, any install, any reseed gives the same id.
        Assert.Equal(BcpLocalOffer.Core.ServiceDirectory.StableId.For("taxonomy-term:need:autism").ToString(), autism["id"]!.GetValue<string>());
        Assert.Equal(
            terms.Single(t => t!["code"]!.GetValue<string>() == "communication-and-interaction")!["id"]!.GetValue<string>(),
            autism["parent_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_response_allows_any_origin_and_errors_are_json_not_pages()
    {
        var client = factory.CreateClient();
        foreach (var (path, status) in new[]
        {
            ("/openreferral/services", HttpStatusCode.OK),
            ("/openreferral/services/3f7b145d-84af-42d7-8fae-eaca714b02b2", HttpStatusCode.NotFound),
            ("/openreferral/services/not-a-uuid", HttpStatusCode.NotFound),
            ("/openreferral/taxonomies/nope", HttpStatusCode.NotFound),
            ("/openreferral/taxonomy_terms/nope", HttpStatusCode.NotFound),
            ("/openreferral/service_at_locations/nope", HttpStatusCode.NotFound),
            ("/openreferral/organizations", HttpStatusCode.NotFound),
            ("/openreferral/services?per_page=0", HttpStatusCode.BadRequest),
            ("/openreferral/services?page=abc", HttpStatusCode.BadRequest),
            ("/openreferral/services?page=0", HttpStatusCode.BadRequest),
            ("/openreferral/services?page=-1", HttpStatusCode.BadRequest),
            ("/openreferral/services?per_page=100000", HttpStatusCode.BadRequest),
            ("/openreferral/services?page=99999999999999999999", HttpStatusCode.BadRequest),
            ("/openreferral/services?taxonomy_term_id=short-break", HttpStatusCode.BadRequest),
            ("/openreferral/services?minimum_age=old", HttpStatusCode.BadRequest),
            ("/openreferral/service_at_locations?per_page=abc", HttpStatusCode.BadRequest),
            ("/openreferral/taxonomies?page=0", HttpStatusCode.BadRequest),
            ("/openreferral/taxonomy_terms?per_page=-5", HttpStatusCode.BadRequest),
        })
        {
            var response = await client.GetAsync(path);
            Assert.True(status == response.StatusCode, $"{path}: {response.StatusCode}");
            Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            if (status != HttpStatusCode.OK)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
                Assert.Equal((int)status, body["status"]!.GetValue<int>());
                Assert.False(string.IsNullOrWhiteSpace(body["detail"]!.GetValue<string>()));
            }
        }
    }

    private async Task<JsonObject> ServiceNamedAsync(string name) =>
        (await AllAsync("/openreferral/services?text=" + Uri.EscapeDataString(name))).Single(s => s!["name"]!.GetValue<string>() == name)!.AsObject();

    /// <summary>Every item of a list endpoint, following its pages.</summary>
    private async Task<List<JsonNode?>> AllAsync(string path)
    {
        var items = new List<JsonNode?>();
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var body = await GetValidAsync($"{path}{separator}page={page}&per_page=10", null);
            items.AddRange(body["contents"]!.AsArray().Select(n => n?.DeepClone()));
            if (body["last_page"]!.GetValue<bool>())
            {
                return items;
            }
        }
    }

    private async Task<JsonObject> GetValidAsync(string path, JsonObject? schema)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        if (schema is not null)
        {
            var problems = Schemas.Validate(body, schema);
            Assert.True(problems.Count == 0, $"{path} does not match the profile's schema:\n" + string.Join("\n", problems.Take(20)));
        }

        return body;
    }
}
