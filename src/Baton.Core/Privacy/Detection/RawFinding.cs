namespace Baton.Privacy.Detection;

/// <summary>A finding as a rule reports it, before overlaps are resolved and lines are counted.</summary>
internal sealed record RawFinding(
    string RuleId,
    FindingKind Kind,
    int Priority,
    long Offset,
    int Length,
    Confidence Confidence,
    string Value)
{
    public long End => Offset + Length;
}
