namespace Baton.Library;

/// <summary>An edit: the fields to replace (null keeps the current value) and who made it.</summary>
public sealed record ItemChange
{
    public string? Title { get; init; }

    public string? Body { get; init; }

    public IReadOnlyList<string>? Tags { get; init; }

    public Sensitivity? Sensitivity { get; init; }

    public required RevisionAuthor Author { get; init; }

    /// <summary>The revision the edit was made against; the store refuses it if the item has moved on.</summary>
    public required int ExpectedRevision { get; init; }
}
