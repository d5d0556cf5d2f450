namespace Baton.Privacy;

/// <summary>
/// One secret or piece of personal data in a text. <see cref="Offset"/> and <see cref="Length"/> cover the value
/// itself (never the variable name or the quotes), in UTF-16 code units of the decoded text; <see cref="Line"/>
/// and <see cref="Column"/> are 1-based, the column in UTF-16 code units as SARIF counts by default.
/// The value is deliberately not kept: reports carry the <see cref="Fingerprint"/> only.
/// </summary>
internal sealed record Finding(
    string RuleId,
    FindingKind Kind,
    long Offset,
    int Length,
    long Line,
    long Column,
    long EndLine,
    Confidence Confidence,
    string Fingerprint)
{
    public long End => Offset + Length;
}
