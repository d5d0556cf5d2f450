namespace Baton.Cli.Json;

/// <summary>One rule a boundary treated: its id, kind (secret, personal-data), how many values, and the action (redact, pseudonymise…).</summary>
internal sealed record RuleTreatmentJson(string Rule, string Kind, int Count, string Action);
