namespace Baton.Cli.Json;

internal sealed record AnchorJson(string Path, LinesJson Lines, string? Commit, string ContentHash, string? Language);
