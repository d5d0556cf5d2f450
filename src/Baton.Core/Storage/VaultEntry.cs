namespace Baton.Storage;

/// <summary>One stored entry of the vault.</summary>
public sealed record VaultEntry(PseudonymRef Placeholder, string Rule, string Lookup, SealedValue Value);
