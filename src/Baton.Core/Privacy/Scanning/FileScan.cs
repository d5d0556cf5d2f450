namespace Baton.Privacy.Scanning;

/// <summary>What a scan found in one file, or why it did not scan it.</summary>
/// <param name="Suppressed">Findings allowed inline, by an allow pattern or by the baseline.</param>
/// <param name="BelowConfidence">Findings left out by the minimum confidence.</param>
internal sealed record FileScan(
    string Path,
    IReadOnlyList<ReportedFinding> Findings,
    ScanSkip? Skip,
    long CharsScanned,
    long InvalidUtf8Sequences,
    int Suppressed,
    int BelowConfidence)
{
    /// <summary>The commit this version of the file comes from, when a scan goes through commits one by one.</summary>
    public string? Commit { get; init; }

    public static FileScan Skipped(string path, ScanSkip skip) => new(path, [], skip, 0, 0, 0, 0);
}
