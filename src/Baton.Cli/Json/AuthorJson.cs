namespace Baton.Cli.Json;

internal sealed record AuthorJson(string Actor, string Name, string? Tool, string? Model);
