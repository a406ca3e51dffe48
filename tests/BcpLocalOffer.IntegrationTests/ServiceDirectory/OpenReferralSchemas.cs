using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace BcpLocalOffer.IntegrationTests.ServiceDirectory;

/// <summary>
/// The Open Referral UK profile's OpenAPI description and compiled JSON Schemas, from
/// tests/BcpLocalOffer.IntegrationTests/TestData/open-referral-uk (a copy of ../shared/open-referral-uk), and a validator for the part of JSON Schema
/// they use: $ref, allOf, type, properties, required, items, enum and format (uuid, email, uri,
/// date-time). Any other validation keyword makes it throw rather than pass silently. (No JSON
/// Schema package for .NET restores from the registry these machines reach: JsonSchema.Net needs
/// JsonPointer.Net, which is not there.)
/// </summary>
public sealed partial class OpenReferralSchemas
{
    private const string PublishedSchemas = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

    private static readonly HashSet<string> Annotations =
    [
        "name", "title", "description", "example", "constraints", "core", "path", "datapackage_metadata", "datapackage_type", "tabular_required",
        "definitions", "$schema", "$id", "x-ordered",
    ];

    private readonly string root;
    private readonly JsonObject openApi;
    private readonly Dictionary<string, JsonObject> files = [];

    private OpenReferralSchemas(string root)
    {
        this.root = root;
        openApi = Load("schema/openapi.json");
    }

    public static OpenReferralSchemas Shared { get; } = new(FindRoot());

    /// <summary>The schema of a 200 response of <paramref name="path"/> as the profile's OpenAPI describes it.</summary>
    public JsonObject ResponseSchema(string path) =>
        openApi["paths"]![path]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!.AsObject();

    public JsonObject Compiled(string file) => Load("schema/compiled/" + file);

    /// <summary>Every path the profile's OpenAPI describes with a GET, and whether it takes a page parameter.</summary>
    public IReadOnlyList<(string Path, bool Paged)> GetPaths() =>
        [.. openApi["paths"]!.AsObject()
            .Where(p => p.Value!["get"] is not null)
            .Select(p => (p.Key, p.Value!["get"]!["parameters"]?.AsArray().Any(a => a!["$ref"]?.GetValue<string>() == "#/components/parameters/page" || a!["name"]?.GetValue<string>() == "page") == true))];

    /// <summary>The problems with <paramref name="instance"/>, by JSON path; empty when it is valid.</summary>
    public IReadOnlyList<string> Validate(JsonNode? instance, JsonObject schema)
    {
        var problems = new List<string>();
        Check(instance, schema, "$", problems, depth: 0);
        return problems;
    }

    private void Check(JsonNode? instance, JsonObject schema, string at, List<string> problems, int depth)
    {
        if (depth > 64)
        {
            throw new InvalidOperationException($"Schema nesting too deep at {at}");
        }

        foreach (var (keyword, value) in schema)
        {
            switch (keyword)
            {
                case "$ref":
                    Check(instance, Resolve(value!.GetValue<string>()), at, problems, depth + 1);
                    break;
                case "allOf":
                    foreach (var part in value!.AsArray())
                    {
                        Check(instance, part!.AsObject(), at, problems, depth + 1);
                    }

                    break;
                case "type":
                    if (!HasType(instance, value!.GetValue<string>()))
                    {
                        problems.Add($"{at}: expected {value} but found {Kind(instance)}");
                        return;
                    }

                    break;
                case "enum":
                    if (!value!.AsArray().Any(option => JsonNode.DeepEquals(option, instance)))
                    {
                        problems.Add($"{at}: {instance?.ToJsonString()} is not one of {value.ToJsonString()}");
                    }

                    break;
                case "format":
                    if (instance is JsonValue text && text.TryGetValue<string>(out var s) && !HasFormat(s, value!.GetValue<string>()))
                    {
                        problems.Add($"{at}: '{s}' is not a valid {value}");
                    }

                    break;
                case "required":
                    if (instance is JsonObject required)
                    {
                        problems.AddRange(value!.AsArray().Select(n => n!.GetValue<string>()).Where(n => !required.ContainsKey(n)).Select(n => $"{at}: '{n}' is required"));
                    }

                    break;
                case "properties":
                    if (instance is JsonObject obj)
                    {
                        foreach (var (name, propertySchema) in value!.AsObject())
                        {
                            if (obj.TryGetPropertyValue(name, out var property) && propertySchema is JsonObject ps)
                            {
                                Check(property, ps, $"{at}.{name}", problems, depth + 1);
                            }
                        }
                    }

                    break;
                case "items":
                    if (instance is JsonArray array)
                    {
                        for (var i = 0; i < array.Count; i++)
                        {
                            Check(array[i], value!.AsObject(), $"{at}[{i}]", problems, depth + 1);
                        }
                    }

                    break;
                default:
                    if (!Annotations.Contains(keyword))
                    {
                        throw new NotSupportedException($"The schema uses '{keyword}' at {at}, which this validator does not check.");
                    }

                    break;
            }
        }
    }

    private JsonObject Resolve(string reference)
    {
        if (reference.StartsWith("#/", StringComparison.Ordinal))
        {
            JsonNode node = openApi;
            foreach (var part in reference[2..].Split('/'))
            {
                node = node[part]!;
            }

            return node.AsObject();
        }

        return reference switch
        {
            PublishedSchemas + "taxonomy_term.json" => TaxonomyTerm(),
            PublishedSchemas + "taxonomy.json" => Taxonomy(),
            _ when reference.StartsWith(PublishedSchemas + "compiled/", StringComparison.Ordinal) => Compiled(reference[(PublishedSchemas.Length + "compiled/".Length)..]),
            _ => throw new NotSupportedException($"No local copy of {reference}"),
        };
    }

    /// <summary>
    /// The profile ships no compiled taxonomy_term schema; the one compiled into every attribute
    /// of service.json is the profile's taxonomy term (profile/taxonomy_term.json applied to HSDS 3.0).
    /// </summary>
    public JsonObject TaxonomyTerm() =>
        Compiled("service.json")["properties"]!["attributes"]!["items"]!["properties"]!["taxonomy_term"]!.DeepClone().AsObject();

    /// <summary>
    /// The profile's taxonomy.json only adds taxonomy_terms to HSDS 3.0's taxonomy (its allOf is
    /// left null in the shipped file); this is that: HSDS's required id, name and description,
    /// and taxonomy_terms as compiled taxonomy terms.
    /// </summary>
    public JsonObject Taxonomy() => new()
    {
        ["type"] = "object",
        ["required"] = new JsonArray("id", "name", "description"),
        ["properties"] = new JsonObject
        {
            ["id"] = new JsonObject { ["type"] = "string", ["format"] = "uuid" },
            ["name"] = new JsonObject { ["type"] = "string" },
            ["description"] = new JsonObject { ["type"] = "string" },
            ["uri"] = new JsonObject { ["type"] = "string", ["format"] = "uri" },
            ["version"] = new JsonObject { ["type"] = "string" },
            ["taxonomy_terms"] = new JsonObject { ["type"] = "array", ["items"] = TaxonomyTerm() },
        },
    };

    private JsonObject Load(string relative)
    {
        lock (files)
        {
            if (!files.TryGetValue(relative, out var schema))
            {
                schema = JsonNode.Parse(File.ReadAllText(Path.Combine(root, relative)))!.AsObject();
                files[relative] = schema;
            }

            return schema;
        }
    }

    private static bool HasType(JsonNode? node, string type) => type switch
    {
        "object" => node is JsonObject,
        "array" => node is JsonArray,
        "string" => node is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String,
        "number" => node is JsonValue n && n.GetValueKind() == System.Text.Json.JsonValueKind.Number,
        "integer" => node is JsonValue i && i.GetValueKind() == System.Text.Json.JsonValueKind.Number && i.GetValue<decimal>() % 1 == 0,
        "boolean" => node is JsonValue b && b.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
        _ => throw new NotSupportedException($"type {type}"),
    };

    private static string Kind(JsonNode? node) => node?.GetValueKind().ToString() ?? "null";

    private static bool HasFormat(string value, string format) => format switch
    {
        "uuid" => Guid.TryParseExact(value, "D", out _),
        "email" => Email().IsMatch(value),
        "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
        "date-time" => DateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => true,
    };

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Email();

    // RFC 3339: a date, a time and an offset (or Z).
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTime();

    private static string FindRoot()
    {
        // The copy in the repository (TestData/open-referral-uk), so a clean clone anywhere can run this.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "BcpLocalOffer.IntegrationTests", "TestData", "open-referral-uk");
            if (File.Exists(Path.Combine(candidate, "schema", "openapi.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The Open Referral UK schemas were not found in tests/BcpLocalOffer.IntegrationTests/TestData/open-referral-uk.");
    }
}
