namespace Baton.Library;

/// <summary>What the caller says about the source of what it writes (flags, MCP client info); null means "capture it".</summary>
public sealed record SourceOverrides
{
    public ActorKind? Actor { get; init; }

    public string? Name { get; init; }

    public string? Tool { get; init; }

    public string? Model { get; init; }

    public string? PromptRef { get; init; }

    public string? Url { get; init; }

    public string? Path { get; init; }

    public LineRange? Lines { get; init; }
}
