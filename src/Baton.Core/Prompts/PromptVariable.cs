namespace Baton.Prompts;

/// <summary>
/// A variable a prompt template declares in its front matter. <see cref="Default"/> is text, or a list or
/// mapping of values (see <see cref="PromptArguments"/>); a required variable has none.
/// </summary>
public sealed record PromptVariable(string Name, bool Required, object? Default, string? Description);
