using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Baton.Handoffs;

/// <summary>
/// schemas/handoff.v1.json, embedded: every handoff Baton writes is checked against it, and so is every
/// file given to <c>baton handoff create --from-file</c> (against its <c>$defs/draft</c>). Failures are
/// listed in full, one per field, so a person can fix them all at once.
/// </summary>
public static class HandoffSchema
{
    public const string Id = "https://baton.invalid/schemas/handoff.v1.json";
    public const string Version = "baton.handoff/v1";

    private static readonly Lazy<(JsonSchema Record, JsonSchema Draft)> Schemas = new(Load);

    private static readonly EvaluationOptions Options = new()
    {
        OutputFormat = OutputFormat.List,
        RequireFormatValidation = true,
    };

    /// <summary>The schema's text, as published.</summary>
    public static string Text()
    {
        using var stream = typeof(HandoffSchema).Assembly.GetManifestResourceStream("Baton.Handoffs.handoff.v1.json")
            ?? throw new InvalidOperationException("the handoff schema is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every way <paramref name="document"/> breaks the schema, as "/field: problem"; empty when valid.</summary>
    public static IReadOnlyList<string> Check(JsonNode document) => Evaluate(Schemas.Value.Record, document);

    /// <summary>Every way <paramref name="draft"/> breaks <c>$defs/draft</c>.</summary>
    public static IReadOnlyList<string> CheckDraft(JsonNode draft) => Evaluate(Schemas.Value.Draft, draft);

    private static List<string> Evaluate(JsonSchema schema, JsonNode document)
    {
        using var json = JsonDocument.Parse(document.ToJsonString());
        var results = schema.Evaluate(json.RootElement, Options);
        if (results.IsValid)
            return [];
        var problems = new List<string>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
                continue;
            foreach (var (keyword, message) in detail.Errors)
            {
                // A $ref or a failing property list repeats what its children already said.
                if (keyword is "$ref" or "properties" or "items" or "allOf")
                    continue;
                var at = detail.InstanceLocation.ToString();
                problems.Add($"{(at.Length == 0 ? "/" : at)}: {Describe(keyword, message)}");
            }
        }

        return problems.Count > 0 ? [.. problems.Distinct()] : ["/: does not match the handoff schema"];
    }

    private static string Describe(string keyword, string message) => keyword switch
    {
        _ when message.Contains("false schema", StringComparison.Ordinal) => "is not a field of a handoff",
        "pattern" => "is blank, or has a character or shape not allowed here (one-line fields take no line breaks; no field takes control characters)",
        "additionalProperties" => "is not a field of a handoff",
        _ => message.TrimEnd('.'),
    };

    private static (JsonSchema, JsonSchema) Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var record = JsonSchema.FromText(Text(), options);
        var draft = JsonSchema.FromText($$"""{"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://baton.invalid/schemas/handoff-draft.v1.json", "$ref": "{{Id}}#/$defs/draft"}""", options);
        return (record, draft);
    }
}
