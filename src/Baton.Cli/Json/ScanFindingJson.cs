namespace Baton.Cli.Json;

/// <summary>One finding: where it is and how to name it (the fingerprint), never its value; a masked preview for secrets.</summary>
internal sealed record ScanFindingJson(
    string RuleId,
    string RuleName,
    string Kind,
    string Confidence,
    string Path,
    long Line,
    long Column,
    long EndLine,
    long EndColumn,
    string Fingerprint,
    string? Preview,
    string? Commit);
