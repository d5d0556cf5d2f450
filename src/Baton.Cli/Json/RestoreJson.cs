namespace Baton.Cli.Json;

/// <summary>What <c>baton restore --json</c> prints: counts, the placeholders left, and the text (or where it was written).</summary>
internal sealed record RestoreJson(int Restored, IReadOnlyList<string> Unknown, string? Text, string? Out);
