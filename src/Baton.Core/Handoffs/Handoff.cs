using Baton.Library;

namespace Baton.Handoffs;

/// <summary>
/// A structured record passing work from someone to someone (schemas/handoff.v1.json). Every write is
/// validated against the schema and bumps <see cref="Revision"/>; a write made against an older revision
/// is refused, so two people never overwrite each other.
/// </summary>
public sealed record Handoff
{
    public required string Id { get; init; }

    /// <summary>The per-workspace number shown as <c>H-12</c>; 0 until the store assigns it.</summary>
    public int Number { get; init; }

    public string Ref => HandoffRefs.Format(Number);

    public required string Title { get; init; }

    public string? Template { get; init; }

    public HandoffState State { get; init; } = HandoffState.Draft;

    public int Revision { get; init; } = 1;

    /// <summary>Who handed the work on; the git fields of the label are kept in <see cref="Version"/>.</summary>
    public required SourceLabel From { get; init; }

    /// <summary>A person, a role of baton.yaml or an AI tool.</summary>
    public required string To { get; init; }

    public required string Intent { get; init; }

    public IReadOnlyList<string> AcceptanceCriteria { get; init; } = [];

    public IReadOnlyList<string> NextSteps { get; init; } = [];

    public IReadOnlyList<string> OpenQuestions { get; init; } = [];

    public IReadOnlyList<string> Risks { get; init; } = [];

    public IReadOnlyList<string> Constraints { get; init; } = [];

    public VersionRefs Version { get; init; } = VersionRefs.None;

    /// <summary>The attached pack's id (packs are built elsewhere; only the reference is kept).</summary>
    public string? PackId { get; init; }

    public PackSelection? PackSelection { get; init; }

    /// <summary>Full ids of the library items attached.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    public IReadOnlyList<string> Labels { get; init; } = [];

    public DateOnly? Due { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}
