namespace Baton.Cli.Json;

/// <summary>The result of a command that changes something without printing an item (init, delete, link, import…).</summary>
internal sealed record MessageJson(string Status, string Message, string? Id = null, string? Path = null);
