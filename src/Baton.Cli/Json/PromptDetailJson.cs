using System.Text.Json.Nodes;

namespace Baton.Cli.Json;

/// <summary>
/// One version of a prompt as <c>prompt show --json</c> prints it: the declarations of its front matter,
/// <see cref="Template"/> (the Liquid below the front matter) and <see cref="Text"/> (the whole stored file).
/// </summary>
internal sealed record PromptDetailJson(
    string Name,
    string ItemId,
    int Version,
    IReadOnlyList<string> Labels,
    string Title,
    string? Description,
    IReadOnlyList<string> Tags,
    string? Sensitivity,
    IReadOnlyList<PromptVariableJson> Variables,
    IReadOnlyDictionary<string, JsonNode?> Metadata,
    DateTimeOffset At,
    AuthorJson Author,
    string Template,
    string Text);
