namespace Baton.Cli.Json;

/// <summary>A prompt as <c>prompt list --json</c> prints it: its newest version and where its labels point.</summary>
internal sealed record PromptJson(string Name, string ItemId, string Title, int LatestVersion, IReadOnlyDictionary<string, int> Labels, DateTimeOffset UpdatedAt);
