using System.Text.Json.Nodes;
using Baton.Library;
using Baton.Prompts;

namespace Baton.Cli.Json;

/// <summary>Maps the prompt library's records to their JSON shapes.</summary>
internal static class PromptJsonViews
{
    public static PromptJson Prompt(PromptInfo p) => new(p.Name, p.ItemId, p.Title, p.LatestVersion, p.Labels, p.UpdatedAt);

    public static PromptVersionJson Version(PromptVersionInfo v) => new(v.Version, v.At, JsonViews.Author(v.Author), v.Title, v.Labels);

    public static RenderedPromptJson Rendered(RenderedPrompt r) => new(
        r.Name,
        r.Version,
        r.Text,
        Values(r.Variables),
        [.. r.Items.Select(i => new PromptItemJson(i.Id, i.Kind.Name(), i.Title, i.Revision))]);

    public static PromptDetailJson Detail(PromptRevision r)
    {
        var t = r.Template;
        return new PromptDetailJson(
            r.Prompt.Name,
            r.Prompt.ItemId,
            r.Version,
            r.Labels,
            r.Revision.Title,
            t.Description,
            t.Tags,
            t.Sensitivity?.Name(),
            [.. t.Variables.Select(v => new PromptVariableJson(v.Name, v.Required, Node(v.Default), v.Description))],
            Values(t.Metadata),
            r.Revision.At,
            JsonViews.Author(r.Revision.Author),
            t.Body,
            r.Revision.Body);
    }

    private static Dictionary<string, JsonNode?> Values(IReadOnlyDictionary<string, object?> values) =>
        values.ToDictionary(v => v.Key, v => Node(v.Value), StringComparer.Ordinal);

    /// <summary>A variable's value as JSON: text, a list or an object, as <see cref="PromptArguments"/> reads them.</summary>
    public static JsonNode? Node(object? value) => value switch
    {
        null => null,
        string text => JsonValue.Create(text),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(e => KeyValuePair.Create(e.Key, Node(e.Value)))),
        IEnumerable<object?> list => new JsonArray([.. list.Select(Node)]),
        _ => JsonValue.Create(value.ToString()),
    };
}
