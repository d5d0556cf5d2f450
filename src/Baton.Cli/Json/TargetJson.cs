namespace Baton.Cli.Json;

/// <summary>One privacy target of <c>baton targets --json</c>.</summary>
internal sealed record TargetJson(string Name, string Ceiling, string Secrets, string PersonalData, string Description, string Origin);
