using System.Globalization;
using System.Text;
using Baton.Cli.Infrastructure;
using Baton.Cli.Json;
using Baton.Privacy;
using Spectre.Console;

namespace Baton.Cli.Commands.Scan;

/// <summary>
/// The text forms of a scan: a table of findings on a terminal, tab-separated lines when piped, and a summary on
/// stderr. No form ever shows a value: secrets appear as a masked preview, personal data not at all.
/// </summary>
internal static class ScanPrinter
{
    public static void PrintFindings(Output output, ScanReport report)
    {
        if (report.Findings.Count == 0)
            return;
        if (!output.Rich)
        {
            foreach (var f in report.Findings)
                output.Line(string.Join('\t', ScanReport.Location(f), f.Finding.RuleId,
                    ScanReport.KindName(f.Finding.Kind), SarifWriter.Confidence(f.Finding.Confidence), f.Finding.Fingerprint, f.Preview ?? "-"));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Location").AddColumn("Rule").AddColumn("Kind").AddColumn("Confidence").AddColumn("Fingerprint").AddColumn("Preview");
        foreach (var f in report.Findings)
        {
            var kind = f.Finding.Kind == FindingKind.Secret ? "[red]secret[/]" : "[yellow]personal data[/]";
            table.AddRow(
                Markup.Escape(ScanReport.Location(f)),
                Markup.Escape(f.Finding.RuleId),
                kind,
                SarifWriter.Confidence(f.Finding.Confidence),
                f.Finding.Fingerprint,
                Markup.Escape(f.Preview ?? "(hidden)"));
        }

        output.Console.Write(table);
    }

    /// <summary>One line of counts, and with --verbose every file left out and every file with invalid UTF-8.</summary>
    public static void PrintSummary(TextWriter error, ScanReport report, bool verbose)
    {
        var text = new StringBuilder("baton scan: ");
        var what = report.Changes is null ? "" : $" ({report.Changes.Describe()})";
        text.Append(report.Findings.Count == 0
            ? $"no findings in {Count(report.Scanned, "file")} scanned{what}"
            : $"{Count(report.Findings.Count, "finding")} ({Kinds(report)}) in {Count(report.Findings.Select(f => f.Path).Distinct().Count(), "file")} of {report.Scanned} scanned{what}");

        var skipped = report.Skipped.ToList();
        if (skipped.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"; {skipped.Count} skipped ({string.Join(", ", skipped.GroupBy(s => s.Skip!.Reason).Select(g => $"{g.Key} {g.Count()}"))})");
        var ignored = report.Ignored.Count();
        if (ignored > 0)
            text.Append(CultureInfo.InvariantCulture, $"; {Count(ignored, "path")} left out by ignore rules or globs");
        if (report.Suppressed > 0)
            text.Append(CultureInfo.InvariantCulture, $"; {report.Suppressed} allowed (baton:allow, allow patterns, baseline)");
        if (report.BelowConfidence > 0)
            text.Append(CultureInfo.InvariantCulture, $"; {report.BelowConfidence} below --min-confidence");
        var invalid = report.WithInvalidUtf8.ToList();
        if (invalid.Count > 0)
            text.Append(CultureInfo.InvariantCulture, $"; {Count(invalid.Count, "file")} with invalid UTF-8 (read as U+FFFD)");
        if (!verbose && (skipped.Count > 0 || ignored > 0))
            text.Append("; --verbose lists them");
        error.Write(text.Append('\n').ToString());

        if (!verbose)
            return;
        foreach (var file in report.Files.Where(f => f.Skip is not null))
            error.Write($"  skipped  {(file.Commit is null ? "" : file.Commit[..12] + ":")}{Printable(file.Path)}  {file.Skip!.Reason}: {file.Skip.Detail}\n");
        foreach (var file in invalid)
            error.Write($"  invalid UTF-8  {Printable(file.Path)}  {file.InvalidUtf8Sequences} sequence{(file.InvalidUtf8Sequences == 1 ? "" : "s")} read as U+FFFD\n");
    }

    private static string Kinds(ScanReport report) => (report.Secrets, report.PersonalData) switch
    {
        (var s, 0) => Count(s, "secret"),
        (0, var p) => $"{p} personal data",
        var (s, p) => $"{Count(s, "secret")}, {p} personal data",
    };

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";

    /// <summary>A path on one line: control characters (a newline or tab in a file name) are escaped.</summary>
    public static string Printable(string path)
    {
        if (!path.Any(char.IsControl))
            return path;
        var text = new StringBuilder();
        foreach (var c in path)
            text.Append(c switch { '\n' => "\\n", '\t' => "\\t", '\r' => "\\r", _ when char.IsControl(c) => $"\\x{(int)c:x2}", _ => c.ToString() });
        return text.ToString();
    }
}
