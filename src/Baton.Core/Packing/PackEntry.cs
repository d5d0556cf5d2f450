using Baton.Library;
using Baton.Packing.Rendering;
using Baton.Packing.Selection;
using Baton.Privacy.Boundaries;

namespace Baton.Packing;

internal enum EntryKind
{
    Instructions,
    Item,
    Diff,
    Log,
    File,
}

/// <summary>The budget's order: what was asked for by name first, the rest last (docs/packs.md).</summary>
internal enum EntryPriority
{
    /// <summary>--item, --instructions, --prompt (and handoff text, when handoffs land).</summary>
    Explicit,

    /// <summary>--diff and --log.</summary>
    Diff,

    /// <summary>Items found by --tag or --query.</summary>
    Library,

    /// <summary>Files changed by the diff, then files matching the query, best first.</summary>
    Relevant,

    /// <summary>Every other file, in git's order.</summary>
    Rest,
}

/// <summary>
/// One candidate block of a pack as it moves through the pipeline. Text entries (items, diff, log, instructions) keep
/// their cleared text; file entries keep only hashes and counts between the passes.
/// </summary>
internal sealed class PackEntry
{
    public required EntryKind Kind { get; init; }

    /// <summary>A path, an item id, "diff", "log" or "instructions".</summary>
    public required string Reference { get; init; }

    public EntryPriority Priority { get; set; }

    /// <summary>Relevance within its priority (higher first).</summary>
    public double Rank { get; set; }

    /// <summary>Position in git's order (files) or in the order given (items).</summary>
    public int Order { get; init; }

    public PrivacyBoundary.Cleared? Text { get; init; }

    public PrivacyBoundary.Cleared? Title { get; init; }

    public ItemFacts? Facts { get; init; }

    public Item? Item { get; init; }

    /// <summary>named, tag or query (items).</summary>
    public string? Source { get; init; }

    /// <summary>The diff's range or the log's commit count, as shown.</summary>
    public string? Label { get; init; }

    public int LogCount { get; init; }

    public SelectedFile? File { get; init; }

    public string? Blob { get; set; }

    public long Bytes { get; set; }

    public int Lines { get; set; }

    /// <summary>Lines kept when the budget truncated the file.</summary>
    public int? KeptLines { get; set; }

    /// <summary>SHA-256 of the whole block as rendered (the key of its token count).</summary>
    public string? BlockHash { get; set; }

    /// <summary>The whole block's tokens.</summary>
    public int Tokens { get; set; }

    /// <summary>included, truncated, dropped, changed, unreadable, withheld.</summary>
    public string Status { get; set; } = "included";

    public string? Detail { get; set; }

    public bool IsExplicit => Priority <= EntryPriority.Diff;

    public bool Renderable => Status is "included" or "truncated";
}

/// <summary>A block placed in a part: a whole entry, or a slice of a file's lines, with its exact count.</summary>
internal sealed record PlannedBlock(PackEntry Entry, LineSlice? Slice, int Tokens, string Hash);
