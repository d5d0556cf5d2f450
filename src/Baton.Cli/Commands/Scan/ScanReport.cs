using Baton.Cli.Json;
using Baton.Privacy;
using Baton.Privacy.Detection;
using Baton.Privacy.Scanning;

namespace Baton.Cli.Commands.Scan;

/// <summary>The files of one scan, in git's order, and the counts every output form reports.</summary>
internal sealed class ScanReport(IReadOnlyList<FileScan> files, ChangeSelection? changes)
{
    public IReadOnlyList<FileScan> Files { get; } = files;

    public ChangeSelection? Changes { get; } = changes;

    public IReadOnlyList<ReportedFinding> Findings { get; } = [.. files.SelectMany(f => f.Findings)];

    public IEnumerable<FileScan> Skipped => Files.Where(f => f.Skip is { IsIgnored: false });

    public IEnumerable<FileScan> Ignored => Files.Where(f => f.Skip is { IsIgnored: true });

    public int Scanned => Files.Count(f => f.Skip is null);

    public int Suppressed => Files.Sum(f => f.Suppressed);

    public int BelowConfidence => Files.Sum(f => f.BelowConfidence);

    public IEnumerable<FileScan> WithInvalidUtf8 => Files.Where(f => f.InvalidUtf8Sequences > 0);

    public int Secrets => Findings.Count(f => f.Finding.Kind == FindingKind.Secret);

    public int PersonalData => Findings.Count - Secrets;

    public string Scope => Changes?.Kind switch
    {
        null => "files",
        ChangeSelection.Scope.Staged => "staged",
        ChangeSelection.Scope.Diff => "diff",
        _ => "commits",
    };

    /// <summary>Where a finding is, for people: <c>path:line:column</c>, after the short commit id when scanning commits.</summary>
    public static string Location(ReportedFinding f) =>
        $"{(f.Commit is null ? "" : f.Commit[..Math.Min(12, f.Commit.Length)] + ":")}{ScanPrinter.Printable(f.Path)}:{f.Finding.Line}:{f.Finding.Column}";

    public ScanJson ToJson() => new(
        [.. Findings.Select(f => new ScanFindingJson(f.Finding.RuleId, RuleDescriptions.NameOf(f.Finding.RuleId), KindName(f.Finding.Kind),
            SarifWriter.Confidence(f.Finding.Confidence), f.Path, f.Finding.Line, f.Finding.Column, f.Finding.EndLine, f.EndColumn,
            f.Finding.Fingerprint, f.Preview, f.Commit))],
        [.. Files.Where(f => f.Skip is not null).Select(f => new ScanSkippedJson(f.Path, f.Skip!.Reason, f.Skip.Detail, f.Commit))],
        new ScanSummaryJson(Scope, Changes?.Range, Findings.Count, Secrets, PersonalData, Scanned, Skipped.Count(), Ignored.Count(),
            Suppressed, BelowConfidence, WithInvalidUtf8.Count()));

    public static string KindName(FindingKind kind) => kind == FindingKind.Secret ? "secret" : "personal-data";
}
