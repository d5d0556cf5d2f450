namespace Baton.Transfer;

/// <summary>What <see cref="MarkdownExporter"/> wrote.</summary>
/// <param name="Removed">Earlier files of exported items that now have another name (their title changed), deleted.</param>
/// <param name="ArchivedLeftOut">Archived items that matched the filter but were left out because it excludes archived items.</param>
public sealed record ExportResult(IReadOnlyList<ExportedFile> Files, IReadOnlyList<string> Removed, int ArchivedLeftOut)
{
    public int Count(ExportStatus status) => Files.Count(f => f.Status == status);
}
