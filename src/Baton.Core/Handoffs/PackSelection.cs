namespace Baton.Handoffs;

/// <summary>
/// What a pack built for a handoff starts from (a template's default): paths or globs, a git ref to diff
/// against, the target whose boundary applies, a token budget and a style. Kept as data until packs land.
/// </summary>
public sealed record PackSelection
{
    public IReadOnlyList<string> Paths { get; init; } = [];

    public string? Diff { get; init; }

    public string? Target { get; init; }

    public int? Budget { get; init; }

    public string? Style { get; init; }
}
