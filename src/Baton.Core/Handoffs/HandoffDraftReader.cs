using System.Text.Json;
using System.Text.Json.Nodes;
using Baton.Yaml;
using YamlDotNet.RepresentationModel;

namespace Baton.Handoffs;

/// <summary>
/// Reads a handoff file (<c>--from-file handoff.yaml|json</c>): malformed YAML or JSON is an error with
/// its line and column; a well-formed file is checked against the schema's <c>$defs/draft</c>, with every
/// failing field listed.
/// </summary>
public static class HandoffDraftReader
{
    public static HandoffDraft Read(string text, string source)
    {
        var node = Path.GetExtension(source).ToLowerInvariant() switch
        {
            ".json" => ParseJson(text, source),
            ".yaml" or ".yml" => ParseYaml(text, source),
            _ => throw BatonErrors.UnsupportedHandoffFile(source),
        };
        var problems = node is null ? ["/: the file is empty; write the handoff's fields (title, to, intent, …)"] : HandoffSchema.CheckDraft(node);
        if (problems.Count > 0)
            throw BatonErrors.InvalidHandoff(source, problems);

        var o = node!.AsObject();
        return new HandoffDraft
        {
            Template = Str(o, "template"),
            Title = Str(o, "title"),
            To = Str(o, "to"),
            Intent = Str(o, "intent"),
            AcceptanceCriteria = List(o, "acceptanceCriteria"),
            NextSteps = List(o, "nextSteps"),
            OpenQuestions = List(o, "openQuestions"),
            Risks = List(o, "risks"),
            Constraints = List(o, "constraints"),
            Base = Str(o, "base"),
            Pack = Str(o, "pack"),
            Items = List(o, "items"),
            Labels = List(o, "labels"),
            Due = Str(o, "due"),
        };
    }

    private static JsonNode? ParseJson(string text, string source)
    {
        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false });
        }
        catch (JsonException e)
        {
            throw BatonErrors.InvalidJson(source, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, FirstSentence(e.Message), e);
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static JsonNode? ParseYaml(string text, string source)
    {
        var stream = YamlLoader.Load(text, source);
        var budget = MaxValues;
        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode, ref budget, source);
    }

    /// <summary>More values than any valid handoff holds; aliases (<c>*a</c>) could otherwise expand a small file exponentially.</summary>
    private const int MaxValues = 100_000;

    /// <summary>YAML to JSON: scalars become strings (the schema then says which fields want what), empty scalars null.</summary>
    private static JsonNode? ToJson(YamlNode node, ref int budget, string source)
    {
        if (--budget < 0)
            throw BatonErrors.InvalidYaml(source, node.Start.Line, node.Start.Column, $"the file holds more than {MaxValues:N0} values (counting what aliases repeat); no handoff is that large");
        switch (node)
        {
            case YamlMappingNode map:
                var o = new JsonObject();
                foreach (var (key, value) in map.Children)
                    o[key.ToString()] = ToJson(value, ref budget, source);
                return o;
            case YamlSequenceNode seq:
                var a = new JsonArray();
                foreach (var child in seq.Children)
                    a.Add(ToJson(child, ref budget, source));
                return a;
            case YamlScalarNode { Value: null or "" } scalar when scalar.Style == YamlDotNet.Core.ScalarStyle.Plain:
                return null;
            case YamlScalarNode scalar:
                return JsonValue.Create(scalar.Value);
            default:
                return null;
        }
    }

    private static string? Str(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static string[] List(JsonObject o, string name) =>
        o[name] is JsonArray array ? [.. array.Select(n => n!.GetValue<string>())] : [];
}
