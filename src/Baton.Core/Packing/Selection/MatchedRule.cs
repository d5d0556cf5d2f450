namespace Baton.Packing.Selection;

/// <summary>The ignore line that decided about a path: where it is written, its line number and its text.</summary>
internal sealed record MatchedRule(IgnoreFileKind Kind, string Source, int Line, string Pattern)
{
    public static MatchedRule From(IgnorePattern pattern) =>
        new(pattern.File.Kind, pattern.File.Source, pattern.Line, pattern.Text);

    public override string ToString() => $"{Source}:{Line} ({Pattern})";
}
