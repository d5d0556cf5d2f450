namespace Baton.Privacy.Scanning;

/// <summary>
/// A finding as a scan reports it: where (<see cref="EndColumn"/> is exclusive, as SARIF counts) and a masked
/// <see cref="Preview"/> that never holds the value (null for personal data, of which nothing is shown).
/// </summary>
internal sealed record ReportedFinding(string Path, Finding Finding, long EndColumn, string? Preview)
{
    /// <summary>The commit that added the finding, when a scan goes through commits one by one.</summary>
    public string? Commit { get; init; }
}
