namespace Baton.Cli.Json;

/// <summary>A line of <c>prompt versions --json</c>.</summary>
internal sealed record PromptVersionJson(int Version, DateTimeOffset At, AuthorJson Author, string Title, IReadOnlyList<string> Labels);
