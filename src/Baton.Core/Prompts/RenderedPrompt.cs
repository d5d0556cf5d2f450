using Baton.Library;

namespace Baton.Prompts;

/// <summary>A rendered prompt: its text, the value of every declared variable (given or default), and the library items it pulled in.</summary>
/// <param name="Items">The items the text holds: those the audience may see.</param>
public sealed record RenderedPrompt(
    string Name,
    int Version,
    string Text,
    IReadOnlyDictionary<string, object?> Variables,
    IReadOnlyList<Item> Items)
{
    /// <summary>Items the template reached but the audience may not see: not in the text (see <see cref="PromptAudience"/>).</summary>
    public IReadOnlyList<Item> Withheld { get; init; } = [];
}
