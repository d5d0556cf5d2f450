namespace Baton.Privacy.Scanning;

/// <summary>
/// Which change a scan looks at. <see cref="Staged"/> is what <c>git commit</c> would record (the index against
/// HEAD); otherwise <see cref="Range"/> is what <c>git diff</c> accepts: <c>REF</c> (that commit against the working
/// tree), <c>A..B</c> or <c>A...B</c> (B against A, or against the merge base).
/// </summary>
internal sealed record ChangeSelection(bool Staged, string? Range)
{
    public static ChangeSelection StagedChanges { get; } = new(true, null);

    public static ChangeSelection Diff(string range) => new(false, range);

    public string Describe() => Staged ? "staged changes" : $"changes in {Range}";
}
