using Baton.Library;
using Baton.Privacy.Boundaries;

namespace Baton.Cli.Infrastructure;

/// <summary>What a boundary did, as one line for stderr: rules with counts and actions, and what was withheld. Never a value.</summary>
internal static class BoundaryNotes
{
    /// <summary><c>email 2 (pseudonymise), github-token 1 (redact)</c>; rules of one kind only when <paramref name="kind"/> is given.</summary>
    public static string Rules(BoundaryReport report, string? kind = null) =>
        string.Join(", ", report.Rules.Where(r => kind is null || r.Kind == kind).Select(r => $"{r.Rule} {r.Count} ({r.Action})"));

    public static int Count(BoundaryReport report, string kind) => report.Rules.Where(r => r.Kind == kind).Sum(r => r.Count);

    /// <summary><c>withheld 2 items above internal: 01jx5h2k (confidential), 01jx6a7b (secret)</c>, at most ten named.</summary>
    public static string Withheld(BoundaryReport report, PrivacyTarget target)
    {
        var shown = report.Withheld.Take(10).Select(w => $"{Short(w.Reference)} ({w.Sensitivity.Name()})");
        var more = report.Withheld.Count > 10 ? $" and {report.Withheld.Count - 10} more (--json lists them)" : "";
        var count = report.Withheld.Count;
        return $"withheld {count} item{(count == 1 ? "" : "s")} above {target.Ceiling.Name()}: {string.Join(", ", shown)}{more}";
    }

    /// <summary>Whether the target only reports secrets (<c>local</c>), so they went out as they are.</summary>
    public static bool ReportsSecrets(PrivacyTarget target) => target.Secrets == OperatorKind.Report;

    private static string Short(string reference) => reference.Length == 26 ? reference[..8] : reference;
}
