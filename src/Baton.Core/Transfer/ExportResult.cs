using Baton.Privacy.Boundaries;

namespace Baton.Transfer;

/// <summary>What <see cref="MarkdownExporter"/> wrote.</summary>
/// <param name="Removed">Earlier files of exported items that now have another name (their title changed), deleted.</param>
/// <param name="ArchivedLeftOut">Archived items that matched the filter but were left out because it excludes archived items.</param>
public sealed record ExportResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> Removed, int ArchivedLeftOut)
{
    public int Count(ExportStatus status) => Files.Count(f => f.Status == status);

    /// <summary>What the privacy boundary did: findings per rule and their treatment, and the items withheld as above the target's ceiling.</summary>
    public required BoundaryReport Privacy { get; init; }

    /// <summary>Exported items in which the boundary found at least one secret (redacted unless the target only reports them).</summary>
    public int ItemsWithSecrets { get; init; }

    /// <summary>Exported items in which the boundary found personal data.</summary>
    public int ItemsWithPersonalData { get; init; }

    /// <summary>Tags left out of the files because the boundary would have changed them (a placeholder is not a valid tag).</summary>
    public int TagsLeftOut { get; init; }

    /// <summary>Files an earlier export wrote for items this export withheld: left in the folder untouched, with their old content.</summary>
    public IReadOnlyList<string> WithheldEarlierFiles { get; init; } = [];
}
