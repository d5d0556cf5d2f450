namespace Baton.Cli.Json;

/// <summary>A note about one file of an import: why it was skipped, what is wrong with it, or what was left out.</summary>
internal sealed record FileMessageJson(string Path, string Message);
