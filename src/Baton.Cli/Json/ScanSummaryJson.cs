namespace Baton.Cli.Json;

/// <summary>The counts of a scan. <c>scope</c> is <c>files</c>, <c>staged</c> or <c>diff</c> (with <c>diff</c> naming the range).</summary>
internal sealed record ScanSummaryJson(
    string Scope,
    string? Diff,
    int Findings,
    int Secrets,
    int PersonalData,
    int FilesScanned,
    int FilesSkipped,
    int PathsIgnored,
    int Suppressed,
    int BelowConfidence,
    int FilesWithInvalidUtf8);
