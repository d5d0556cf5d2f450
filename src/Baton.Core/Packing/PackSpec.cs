using Baton.Packing.Selection;

namespace Baton.Packing;

/// <summary>
/// Everything that decides what a pack holds and how it looks: the command line, kept in the manifest so that
/// <c>baton pack rebuild</c> can run it again. Paths are relative to <see cref="BaseDirectory"/>.
/// </summary>
public sealed record PackSpec
{
    public required string BaseDirectory { get; init; }

    /// <summary>Files and folders; empty means "." unless another source (diff, items, tags, query, log) is given.</summary>
    public IReadOnlyList<string> Paths { get; init; } = [];

    public IReadOnlyList<string> Include { get; init; } = [];

    public IReadOnlyList<string> Exclude { get; init; } = [];

    public bool NoDefaultIgnores { get; init; }

    public bool FollowSymlinks { get; init; }

    public long MaxFileBytes { get; init; } = SelectionOptions.DefaultMaxFileBytes;

    /// <summary>A ref (compared with the working tree) or A..B (two commits).</summary>
    public string? Diff { get; init; }

    public int Log { get; init; }

    /// <summary>Item ids or prefixes as given.</summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>Revisions to use for items (rebuild pins them); otherwise the current revision.</summary>
    public IReadOnlyDictionary<string, int>? ItemRevisions { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Query { get; init; }

    public string Style { get; init; } = "markdown";

    public string Encoding { get; init; } = "o200k_base";

    public string Target { get; init; } = Privacy.Boundaries.PrivacyTargets.DefaultName;

    public long? Budget { get; init; }

    public long? Split { get; init; }

    public bool LineNumbers { get; init; }

    public string? Instructions { get; init; }

    /// <summary>NAME or NAME@label: a library prompt rendered as the instruction block.</summary>
    public string? Prompt { get; init; }

    /// <summary>Where the pack was written (full path): it and its parts are never packed themselves.</summary>
    public string? Out { get; init; }

    /// <summary>Whether files come from <see cref="Paths"/> ("." when none is named and no other source is).</summary>
    internal IReadOnlyList<string> EffectivePaths =>
        Paths.Count > 0 ? Paths
        : Diff is null && Items.Count == 0 && Tags.Count == 0 && Query is null && Log == 0 ? ["."]
        : [];
}
