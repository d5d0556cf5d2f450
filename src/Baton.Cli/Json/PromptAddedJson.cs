namespace Baton.Cli.Json;

/// <summary>The result of <c>prompt add --json</c>; <see cref="Created"/> is false when the file equals the latest version.</summary>
internal sealed record PromptAddedJson(string Name, int Version, string ItemId, string Title, bool Created);
