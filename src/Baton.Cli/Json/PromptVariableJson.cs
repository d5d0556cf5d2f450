using System.Text.Json.Nodes;

namespace Baton.Cli.Json;

/// <summary>A variable a template declares; <see cref="Default"/> is text, a list or an object.</summary>
internal sealed record PromptVariableJson(string Name, bool Required, JsonNode? Default, string? Description);
