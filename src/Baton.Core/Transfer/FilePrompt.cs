namespace Baton.Transfer;

/// <summary>The name a prompt item is known by, and its labels (label → version).</summary>
internal sealed record FilePrompt(string Name, IReadOnlyDictionary<string, int> Labels);
