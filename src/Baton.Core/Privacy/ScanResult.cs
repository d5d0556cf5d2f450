namespace Baton.Privacy;

/// <summary>
/// What one scan of one text found. <see cref="SkippedReason"/> is set when the text was not scanned (binary content,
/// an allow-listed path); <see cref="InvalidUtf8Sequences"/> counts byte sequences that were not UTF-8 and were read
/// as U+FFFD, so a scan of a damaged file still happens and says so.
/// </summary>
internal sealed record ScanResult(
    IReadOnlyList<Finding> Findings,
    string? SkippedReason,
    long CharsScanned,
    long CharsExamined,
    long InvalidUtf8Sequences,
    int Suppressed)
{
    public static ScanResult Skipped(string reason) => new([], reason, 0, 0, 0, 0);

    /// <summary>A text the same scanner found nothing in before (<c>Boundaries/ScanMemory</c>): no findings, nothing examined.</summary>
    public static ScanResult Remembered(long chars) => new([], null, chars, 0, 0, 0);

    public bool WasSkipped => SkippedReason is not null;
}
