using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Baton.Cli.Mcp;

/// <summary>
/// The checked arguments of one tool call. Reading them first checks every argument against the tool's parameters:
/// unknown names, missing required ones and values of the wrong type or range all fail with one message that names
/// them and says what the tool takes, before anything runs.
/// </summary>
internal sealed class ToolArguments
{
    private readonly Dictionary<string, JsonElement> _values;

    private ToolArguments(Dictionary<string, JsonElement> values) => _values = values;

    public static ToolArguments Read(string tool, IReadOnlyList<ToolParameter> parameters, IDictionary<string, JsonElement>? arguments)
    {
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == name);
            if (parameter is null)
                problems.Add($"unknown argument '{name}'");
            else if (value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
                continue;
            else if (Problem(parameter, value) is { } problem)
                problems.Add(problem);
            else
                values[name] = value;
        }

        foreach (var missing in parameters.Where(p => p.Required && !values.ContainsKey(p.Name)))
        {
            if (!problems.Exists(p => p.Contains($"'{missing.Name}'", StringComparison.Ordinal)))
                problems.Add($"'{missing.Name}' is required");
        }

        if (problems.Count > 0)
            throw BatonErrors.McpInvalidArguments(tool, problems, parameters.Select(p => $"{p.Name}{(p.Required ? " (required)" : "")}: {p.Shape}"));
        return new ToolArguments(values);
    }

    public string? Text(string name) => _values.TryGetValue(name, out var value) ? value.GetString() : null;

    public int? Number(string name) => _values.TryGetValue(name, out var value) ? value.GetInt32() : null;

    /// <summary>A list of texts; a single text is read as a one-element list, which assistants often send.</summary>
    public IReadOnlyList<string> List(string name) => !_values.TryGetValue(name, out var value) ? []
        : value.ValueKind == JsonValueKind.String ? [value.GetString()!]
        : [.. value.EnumerateArray().Select(v => v.GetString()!)];

    /// <summary>An object's values as prompt values: text, lists and mappings (numbers and booleans as their JSON text).</summary>
    public IReadOnlyDictionary<string, object?> Map(string name)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (_values.TryGetValue(name, out var value))
        {
            foreach (var property in value.EnumerateObject())
                map[property.Name] = Plain(property.Value);
        }

        return map;
    }

    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static string? Problem(ToolParameter parameter, JsonElement value)
    {
        var ok = parameter.Type switch
        {
            ParameterType.Text => value.ValueKind == JsonValueKind.String,
            ParameterType.WholeNumber => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) && n >= parameter.Minimum && n <= parameter.Maximum,
            ParameterType.TextList => value.ValueKind == JsonValueKind.String
                || (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)),
            ParameterType.TextMap => value.ValueKind == JsonValueKind.Object,
            _ => false,
        };
        return ok ? null : $"'{parameter.Name}' must be {parameter.Shape}, not {Describe(value)}";
    }

    /// <summary>What was given, without echoing long values back.</summary>
    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "a text",
        JsonValueKind.Number => value.GetRawText().Length <= 20 ? value.GetRawText() : "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        JsonValueKind.Array => "a list" + (value.GetArrayLength() > 0 ? " of " + Describe(value[0]) + "s" : ""),
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    /// <summary>The JSON Schema of a tool's input.</summary>
    public static JsonElement Schema(IReadOnlyList<ToolParameter> parameters)
    {
        var properties = new JsonObject();
        foreach (var p in parameters)
        {
            var property = p.Type switch
            {
                ParameterType.Text => new JsonObject { ["type"] = "string" },
                ParameterType.WholeNumber => new JsonObject { ["type"] = "integer", ["minimum"] = p.Minimum, ["maximum"] = p.Maximum },
                ParameterType.TextList => new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                ParameterType.TextMap => new JsonObject { ["type"] = "object", ["additionalProperties"] = true },
                _ => throw new ArgumentOutOfRangeException(nameof(parameters)),
            };
            property["description"] = p.Description;
            properties[p.Name] = property;
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties, ["additionalProperties"] = false };
        if (parameters.Any(p => p.Required))
            schema["required"] = new JsonArray([.. parameters.Where(p => p.Required).Select(p => (JsonNode)p.Name)]);
        using var document = JsonDocument.Parse(schema.ToJsonString());
        return document.RootElement.Clone();
    }
}
