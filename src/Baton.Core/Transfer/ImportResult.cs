using Baton.Storage;

namespace Baton.Transfer;

/// <summary>
/// What <see cref="MarkdownImporter"/> found and did. When <see cref="Problems"/> is not empty, nothing was
/// written and <see cref="Files"/> is empty.
/// </summary>
public sealed record ImportResult
{
    public required bool DryRun { get; init; }

    /// <summary>How many Markdown files were read.</summary>
    public required int MarkdownFiles { get; init; }

    public required IReadOnlyList<ImportedFile> Files { get; init; }

    /// <summary>Files that are not exported items (not Markdown, no front matter), with the reason.</summary>
    public required IReadOnlyList<FileMessage> Skipped { get; init; }

    /// <summary>Invalid files, each with what is wrong (file, line and column where there is one).</summary>
    public required IReadOnlyList<FileMessage> Problems { get; init; }

    /// <summary>What was imported only in part, such as a link to an item that is nowhere to be found.</summary>
    public required IReadOnlyList<FileMessage> Warnings { get; init; }

    public required int LinksAdded { get; init; }

    public bool Succeeded => Problems.Count == 0;

    public int Count(ImportOutcome outcome) => Files.Count(f => f.Outcome == outcome);
}
