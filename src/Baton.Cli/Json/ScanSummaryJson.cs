namespace Baton.Cli.Json;

/// <summary>The counts of a scan. <c>scope</c> is <c>files</c>, <c>staged</c>, <c>diff</c> or <c>commits</c> (the last two with their <c>range</c>).</summary>
internal sealed record ScanSummaryJson(
    string Scope,
    string? Range,
    int Findings,
    int Secrets,
    int PersonalData,
    int FilesScanned,
    int FilesSkipped,
    int PathsIgnored,
    int Suppressed,
    int BelowConfidence,
    int FilesWithInvalidUtf8);
