namespace Baton.Cli.Json;

/// <summary>What <c>baton redact --json</c> prints: the target, the text that may reach it (or where it was written), and what was treated.</summary>
internal sealed record RedactJson(string Target, string? Text, string? Out, IReadOnlyList<RuleTreatmentJson> Rules);
