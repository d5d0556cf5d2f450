namespace Baton.Cli.Json;

/// <summary>What <c>import</c> did, or would do (<c>status</c>: imported, dry-run, invalid). When invalid, nothing was written.</summary>
internal sealed record ImportJson(
    string Status,
    string Directory,
    int Created,
    int Updated,
    int Unchanged,
    int Skipped,
    int LinksAdded,
    IReadOnlyList<TransferFileJson> Files,
    IReadOnlyList<FileMessageJson> SkippedFiles,
    IReadOnlyList<FileMessageJson> Problems,
    IReadOnlyList<FileMessageJson> Warnings);
