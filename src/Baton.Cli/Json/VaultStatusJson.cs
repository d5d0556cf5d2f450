namespace Baton.Cli.Json;

/// <summary>What <c>baton vault status --json</c> prints.</summary>
internal sealed record VaultStatusJson(string VaultId, long Entries, string KeyPath, string Key, string? Problem);
