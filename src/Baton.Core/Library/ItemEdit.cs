namespace Baton.Library;

/// <summary>A user's edit: fields to replace (null keeps them), tags to set, add or remove, and who edits.</summary>
public sealed record ItemEdit
{
    public string? Title { get; init; }

    public string? Body { get; init; }

    /// <summary>Replaces all tags when set.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    public IReadOnlyList<string> AddTags { get; init; } = [];

    public IReadOnlyList<string> RemoveTags { get; init; } = [];

    public Sensitivity? Sensitivity { get; init; }

    public required RevisionAuthor Author { get; init; }

    /// <summary>The revision the user started from (e.g. before opening $EDITOR); the current one when null.</summary>
    public int? ExpectedRevision { get; init; }
}
