namespace Baton.Library;

/// <summary>One entry of the context library, at its current revision.</summary>
public sealed record Item
{
    public required string Id { get; init; }

    public required ItemKind Kind { get; init; }

    public required string Title { get; init; }

    public required string Body { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required Sensitivity Sensitivity { get; init; }

    /// <summary>Who produced the item first. Kept across edits; each revision records its own author.</summary>
    public required SourceLabel Source { get; init; }

    public SnippetAnchor? Anchor { get; init; }

    public required int Revision { get; init; }

    /// <summary>Who made the current revision (the creator for revision 1).</summary>
    public required RevisionAuthor RevisedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? ArchivedAt { get; init; }
}
