using Baton.Library;

namespace Baton.Prompts;

/// <summary>A rendered prompt: its text, the value of every declared variable (given or default), and the library items it pulled in.</summary>
public sealed record RenderedPrompt(
    string Name,
    int Version,
    string Text,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<Item> Items);
