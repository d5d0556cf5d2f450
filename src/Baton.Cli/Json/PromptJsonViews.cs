using System.Text.Json.Nodes;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Prompts;

namespace Baton.Cli.Json;

/// <summary>Maps the prompt library's records to their JSON shapes.</summary>
internal static class PromptJsonViews
{
    public static PromptJson Prompt(PromptInfo p) => new(p.Name, p.ItemId, p.Title, p.LatestVersion, p.Labels, p.UpdatedAt);

    public static PromptVersionJson Version(PromptVersionInfo v) => new(v.Version, v.At, JsonViews.Author(v.Author), v.Title, v.Labels);

    /// <summary>
    /// A render as it may leave: the text that passed the boundary, and the variables' values and the items' titles
    /// passed through it too (a value given with --var can hold what the text's pass removed). The report is taken
    /// last, so it counts every pass.
    /// </summary>
    public static RenderedPromptJson Rendered(RenderedPrompt r, PrivacyBoundary.Cleared text, PrivacyBoundary boundary)
    {
        var variables = r.Variables.ToDictionary(v => v.Key, v => Node(v.Value, boundary), StringComparer.Ordinal);
        var items = r.Items.Select(i => new PromptItemJson(i.Id, i.Kind.Name(), boundary.Pass(i.Title).Text, i.Revision)).ToList();
        return new RenderedPromptJson(r.Name, r.Version, text.Text, variables, items, PrivacyReportJson.From(boundary.Report()));
    }

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

    /// <summary>A variable's value as JSON with every text in it passed through the boundary.</summary>
    private static JsonNode? Node(object? value, PrivacyBoundary boundary) => value switch
    {
        null => null,
        string text => JsonValue.Create(boundary.Pass(text).Text),
        IReadOnlyDictionary<string, object?> map => new JsonObject(map.Select(e => KeyValuePair.Create(e.Key, Node(e.Value, boundary)))),
        IEnumerable<object?> list => new JsonArray([.. list.Select(v => Node(v, boundary))]),
        _ => JsonValue.Create(boundary.Pass(value.ToString() ?? "").Text),
    };

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
