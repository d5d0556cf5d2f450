namespace Baton.Cli.Json;

/// <summary>A link as seen from one item: <c>out</c> when the item is the source, <c>in</c> when it is the target.</summary>
internal sealed record LinkJson(string Direction, string Type, string Id, string Title, DateTimeOffset At);
