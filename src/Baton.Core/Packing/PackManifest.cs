using Baton.Privacy.Boundaries;

namespace Baton.Packing;

/// <summary>
/// What a pack holds and how it was made, recorded in the library when the pack is written and never changed:
/// enough to rebuild it and to say what changed since. It holds hashes, counts and names, never content.
/// </summary>
public sealed record PackManifest
{
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string CreatedBy { get; init; }

    public required PackSpec Spec { get; init; }

    public string? Commit { get; init; }

    public bool Dirty { get; init; }

    public required string Style { get; init; }

    public required string Encoding { get; init; }

    public required string Target { get; init; }

    public required IReadOnlyList<PackFileEntry> Files { get; init; }

    public required IReadOnlyList<PackItemEntry> Items { get; init; }

    public IReadOnlyList<PackSectionEntry> Sections { get; init; } = [];

    public required IReadOnlyList<PackSkippedEntry> Skipped { get; init; }

    public required IReadOnlyList<PackPartEntry> Parts { get; init; }

    /// <summary>SHA-256 of the bytes written (of all parts, in order, when split).</summary>
    public required string OutputSha256 { get; init; }

    /// <summary>The true token count of everything written (the sum over parts).</summary>
    public required long OutputTokens { get; init; }

    public required long OutputBytes { get; init; }

    public required BoundaryReport Boundary { get; init; }
}

/// <param name="Status">included, truncated, dropped (by the budget), changed (while packing), unreadable.</param>
/// <param name="Tokens">The tokens of the file's block as rendered whole (its header and content).</param>
public sealed record PackFileEntry(string Path, string? Blob, long Bytes, int Tokens, string Status, int? Lines = null, int? KeptLines = null, string? Detail = null);

public sealed record PackItemEntry(string Id, int Revision, string Title, int Tokens, string Status, string Source);

/// <summary>Instructions, the diff and the log.</summary>
public sealed record PackSectionEntry(string Kind, string Detail, int Tokens, string Status);

public sealed record PackSkippedEntry(string Path, string Reason, string Detail);

public sealed record PackPartEntry(int Part, string? Path, long Tokens, long Bytes, string Sha256);
