namespace Baton.Prompts;

/// <summary>The outcome of adding a template: the version it is, and whether it was new (false: identical to the latest version, nothing written).</summary>
public sealed record AddedPrompt(PromptVersion Version, bool Created, PromptTemplate Template);
