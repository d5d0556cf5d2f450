using Baton.Packing.Selection;

namespace Baton.Privacy.Scanning;

/// <summary>What <see cref="RepositoryScan"/> scans and how.</summary>
internal sealed record ScanRequest
{
    /// <summary>The folder the command runs in: named paths and globs are relative to it.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Reported paths, allow-list globs and baseline paths are relative to this folder (the workspace or repository root).</summary>
    public required string Root { get; init; }

    public required PrivacyScanner Scanner { get; init; }

    /// <summary>Files and folders to scan; empty means the base folder.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    /// <summary>Scan only the lines a change added; null scans the files as they are.</summary>
    public ChangeSelection? Changes { get; init; }

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public bool UseDefaultIgnores { get; init; } = true;

    public long MaxFileBytes { get; init; } = SelectionOptions.DefaultMaxFileBytes;

    public Confidence MinConfidence { get; init; } = Confidence.Low;

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
