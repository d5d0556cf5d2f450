namespace Baton.Library;

/// <summary>
/// Who or what produced an item, and from where. Every item has one; <see cref="Name"/> is never empty.
/// Captured automatically where possible (git, environment, MCP client info) and completed by flags.
/// </summary>
public sealed record SourceLabel
{
    public required ActorKind Actor { get; init; }

    /// <summary>The person, tool or job, e.g. "Ada Lovelace &lt;ada@example.com&gt;" or "claude-code".</summary>
    public required string Name { get; init; }

    /// <summary>The AI tool or program, e.g. <c>claude-code</c>, <c>codex</c>, <c>cursor</c>.</summary>
    public string? Tool { get; init; }

    public string? Model { get; init; }

    /// <summary>The prompt that produced the content: a library prompt (<c>name@version</c>) or any reference.</summary>
    public string? PromptRef { get; init; }

    public string? Repo { get; init; }

    public string? Branch { get; init; }

    public string? Commit { get; init; }

    /// <summary>Whether the working tree had uncommitted changes when the item was captured.</summary>
    public bool? Dirty { get; init; }

    public string? Path { get; init; }

    public LineRange? Lines { get; init; }

    public string? Url { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>A one-line summary for tables: <c>ai:claude-code (claude-opus-4) @ main 1a2b3c4</c>.</summary>
    public string Summary()
    {
        var who = Actor == ActorKind.Human ? Name : $"{Actor.Name()}:{Tool ?? Name}";
        if (Actor != ActorKind.Human && Model is not null)
            who += $" ({Model})";
        var where = (Branch, Commit) switch
        {
            (not null, not null) => $" @ {Branch} {Commit[..Math.Min(7, Commit.Length)]}{(Dirty == true ? "+" : "")}",
            (null, not null) => $" @ {Commit[..Math.Min(7, Commit.Length)]}{(Dirty == true ? "+" : "")}",
            _ => "",
        };
        return who + where;
    }
}
