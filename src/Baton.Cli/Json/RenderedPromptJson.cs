using System.Text.Json.Nodes;

namespace Baton.Cli.Json;

/// <summary><c>prompt render --json</c>: the text, the value of every declared variable, and the library items the text pulled in.</summary>
internal sealed record RenderedPromptJson(
    string Name,
    int Version,
    string Text,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<PromptItemJson> Items);
