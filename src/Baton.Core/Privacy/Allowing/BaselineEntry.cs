namespace Baton.Privacy.Allowing;

/// <summary>One accepted finding: its fingerprint and rule, and optionally the one path where it is accepted.</summary>
internal sealed record BaselineEntry(string Fingerprint, string RuleId, string? Path);
