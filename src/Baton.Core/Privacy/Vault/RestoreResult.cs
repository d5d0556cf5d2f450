namespace Baton.Privacy.Vault;

/// <summary>A text with the vault's values put back: how many placeholders were replaced, and those the vault does not know.</summary>
internal sealed record RestoreResult(string Text, int Restored, IReadOnlyList<string> Unknown);
