namespace Baton.Packing.Selection;

/// <summary>What one path stage says about an entry.</summary>
internal readonly record struct PathVerdict(VerdictKind Kind, SkipReason Reason, string? Detail, MatchedRule? Rule, FrameMarks Marks)
{
    public static PathVerdict Pass => default;

    public static PathVerdict Hide => new(VerdictKind.Hide, default, null, null, FrameMarks.None);

    public static PathVerdict Mark(FrameMarks marks) => new(VerdictKind.Pass, default, null, null, marks);

    public static PathVerdict Skip(SkipReason reason, string detail, MatchedRule? rule = null) =>
        new(VerdictKind.Skip, reason, detail, rule, FrameMarks.None);

    public static PathVerdict SkipAndDescend(SkipReason reason, string detail, MatchedRule rule, FrameMarks marks) =>
        new(VerdictKind.SkipAndDescend, reason, detail, rule, marks);
}
