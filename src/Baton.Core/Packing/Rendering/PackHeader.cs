namespace Baton.Packing.Rendering;

/// <summary>The manifest summary at the top of a pack (or of each part).</summary>
internal sealed record PackHeader(
    string Id,
    string Target,
    string Encoding,
    string? Commit,
    bool Dirty,
    int Files,
    int Items,
    int Part,
    int Parts);

/// <summary>What the end of a pack (or part) says: what was left out or cut, and where the rest is.</summary>
internal sealed record PackFooter(
    string Id,
    int Part,
    int Parts,
    int Dropped,
    int Truncated,
    int Changed,
    int Withheld,
    int Redactions,
    long ContentTokens);

/// <summary>Which lines of a file a block holds: all of them, or a slice marked as such.</summary>
/// <param name="Start">First line, 0-based.</param>
/// <param name="End">One past the last line.</param>
/// <param name="Reason">Why it is a slice: "budget" or "split".</param>
internal sealed record LineSlice(int Start, int End, int Total, string Reason, int? ContinuedInPart = null);

/// <summary>Facts about a library item shown beside its text.</summary>
internal sealed record ItemFacts(string Id, string Kind, int Revision, IReadOnlyList<string> Tags, string Sensitivity);
