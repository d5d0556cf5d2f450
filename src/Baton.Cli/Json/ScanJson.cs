namespace Baton.Cli.Json;

/// <summary>What <c>scan --json</c> prints: the findings in git's order, the files not scanned and why, and the counts.</summary>
internal sealed record ScanJson(IReadOnlyList<ScanFindingJson> Findings, IReadOnlyList<ScanSkippedJson> Skipped, ScanSummaryJson Summary);
