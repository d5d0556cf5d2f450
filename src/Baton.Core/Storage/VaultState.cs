namespace Baton.Storage;

/// <summary>The vault's id (which names its key file), the check value of the key it is bound to, and its size.</summary>
public sealed record VaultState(string VaultId, string? KeyCheck, long Entries);
