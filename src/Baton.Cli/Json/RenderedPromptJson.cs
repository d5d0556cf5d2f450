using System.Text.Json.Nodes;

namespace Baton.Cli.Json;

/// <summary><c>prompt render --json</c>: the text that passed the boundary, the value of every declared variable, the library items the text pulled in, and what the boundary did.</summary>
internal sealed record RenderedPromptJson(
    string Name,
    int Version,
    string Text,
    IReadOnlyDictionary<string, JsonNode?> Variables,
    IReadOnlyList<PromptItemJson> Items,
    PrivacyReportJson Privacy);
