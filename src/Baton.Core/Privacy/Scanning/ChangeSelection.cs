namespace Baton.Privacy.Scanning;

/// <summary>
/// Which change a scan looks at: what is staged (the index against HEAD, what <c>git commit</c> would record); a
/// diff in <c>git diff</c>'s syntax (<c>REF</c> against the working tree, <c>A..B</c>, <c>A...B</c>); or each commit of
/// a <c>git rev-list</c> range on its own (<c>origin/main..HEAD</c>; <c>HEAD</c> for the whole history), so that a
/// secret added by one commit and removed by a later one is still found.
/// </summary>
internal sealed record ChangeSelection(ChangeSelection.Scope Kind, string? Range)
{
    internal enum Scope
    {
        Staged,
        Diff,
        Commits,
    }

    public static ChangeSelection StagedChanges { get; } = new(Scope.Staged, null);

    public static ChangeSelection Diff(string range) => new(Scope.Diff, range);

    public static ChangeSelection Commits(string range) => new(Scope.Commits, range);

    public bool Staged => Kind == Scope.Staged;

    /// <summary>The option that asked for it, for messages.</summary>
    public string Option => Kind switch
    {
        Scope.Staged => "--staged",
        Scope.Diff => "--diff",
        _ => "--commits",
    };

    public string Describe() => Kind switch
    {
        Scope.Staged => "staged changes",
        Scope.Diff => $"changes in {Range}",
        _ => $"commits in {Range}",
    };
}
