namespace Baton.Cli.Json;

internal sealed record SourceJson(
    string Actor,
    string Name,
    string? Tool,
    string? Model,
    string? Prompt,
    string? Repo,
    string? Branch,
    string? Commit,
    bool? Dirty,
    string? Path,
    LinesJson? Lines,
    string? Url,
    DateTimeOffset At);
