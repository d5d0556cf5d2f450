namespace Baton.Cli.Json;

/// <summary>What `baton pack --json` prints: the pack's outcome, without its content (docs/json.md).</summary>
internal sealed record PackSummaryJson(
    string Id,
    string ShortId,
    string Style,
    string Encoding,
    string Target,
    string? Commit,
    long Tokens,
    long Bytes,
    string Sha256,
    IReadOnlyList<PackPartJson> Parts,
    IReadOnlyDictionary<string, int> Files,
    IReadOnlyList<PackFileJson> LeftOut,
    IReadOnlyList<PackSkippedJson> Skipped,
    IReadOnlyList<PackItemJson> Items,
    IReadOnlyDictionary<string, int> Redactions,
    IReadOnlyList<PackWithheldJson> Withheld,
    IReadOnlyList<PackFileJson>? Top,
    PackCacheJson Cache);

internal sealed record PackPartJson(int Part, string? Path, long Tokens, long Bytes, string Sha256);

internal sealed record PackFileJson(string Path, int Tokens, string Status, string? Detail);

internal sealed record PackSkippedJson(string Path, string Reason, string Detail);

internal sealed record PackItemJson(string Id, int Revision, string Title, int Tokens, string Status, string Source);

internal sealed record PackWithheldJson(string Reference, string Sensitivity);

internal sealed record PackCacheJson(int Hits, int Misses, int KnownClean);

/// <summary>A line of `baton pack list --json`.</summary>
internal sealed record PackListJson(string Id, string ShortId, DateTimeOffset CreatedAt, string CreatedBy, string Style, string Encoding, string Target, string? Commit, int Files, int Items, long Tokens, string Sha256);
