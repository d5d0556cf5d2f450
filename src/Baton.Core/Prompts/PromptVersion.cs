namespace Baton.Prompts;

/// <summary>A version of a prompt: the prompt item's revision of that number.</summary>
public sealed record PromptVersion(string Name, string ItemId, int Version);
