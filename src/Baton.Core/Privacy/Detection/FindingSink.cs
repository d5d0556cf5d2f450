namespace Baton.Privacy.Detection;

/// <summary>Collects what rules report during one scan, and counts the work the engine did for it.</summary>
internal sealed class FindingSink
{
    public List<RawFinding> Findings { get; } = [];

    /// <summary>Characters the anchor passes walked plus the length of every window handed to a rule.</summary>
    public long CharsExamined { get; set; }

    /// <summary>The rules already asked at the current anchor position.</summary>
    internal List<DetectionRule> Invoked { get; } = [];

    public void Add(DetectionRule rule, string ruleId, long offset, ReadOnlySpan<char> value, Confidence confidence) =>
        Findings.Add(new RawFinding(ruleId, rule.Kind, rule.Priority, offset, value.Length, confidence, value.ToString()));
}
