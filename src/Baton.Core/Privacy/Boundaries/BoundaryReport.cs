using Baton.Library;

namespace Baton.Privacy.Boundaries;

/// <summary>
/// What a boundary did on one outflow: how many values of each rule it treated, and what it held back as above the
/// target's ceiling. It never carries a value, so it can be stored with a pack and shown to anyone.
/// </summary>
public sealed record BoundaryReport(
    string Target,
    IReadOnlyDictionary<string, int> FindingsByRule,
    IReadOnlyList<WithheldContent> Withheld)
{
    public int TotalFindings => FindingsByRule.Values.Sum();
}

/// <summary>Something left out because its sensitivity is above the target's ceiling: an item id or a path, never its content.</summary>
public sealed record WithheldContent(string Reference, Sensitivity Sensitivity);
