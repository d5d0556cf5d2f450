namespace Baton.Packing.Selection;

/// <summary>
/// The ignore rules, in precedence order: a matching .batonignore line decides first (so it can re-include
/// what git ignores); then Baton's default ignores; then git's rules, which, as in git, never apply to
/// tracked files and, for a folder, leave out everything below it except tracked files.
/// </summary>
internal sealed class IgnoreRulesFilter(RuleContext context, IgnoreFile? defaults, bool useBatonIgnore) : IPathFilter
{
    public PathVerdict Check(Candidate candidate)
    {
        var path = candidate.RulePath;
        var isDirectory = candidate.IsDirectory;
        if (useBatonIgnore && RuleChain.LastMatch(candidate.Parent.Baton, path, candidate.RuleNameStart, isDirectory, context.IgnoreCase) is { } baton)
        {
            return baton.IsNegative
                ? PathVerdict.Pass
                : PathVerdict.Skip(SkipReason.BatonIgnore, $"ignored by {baton.File.Source}:{baton.Line} ({baton.Text})", MatchedRule.From(baton));
        }

        if (defaults?.LastMatch(path, candidate.RuleNameStart, isDirectory, context.IgnoreCase) is { IsNegative: false } byDefault)
            return PathVerdict.Skip(SkipReason.DefaultIgnore, $"left out by Baton's default ignores ({byDefault.Text})", MatchedRule.From(byDefault));

        return GitVerdict(candidate);
    }

    private PathVerdict GitVerdict(Candidate candidate)
    {
        if (!context.UsesGitRules)
            return PathVerdict.Pass;

        // Below a folder git ignores, only tracked files remain; the folder's own report covers the rest.
        if ((candidate.Parent.Marks & FrameMarks.TrackedOnly) != 0)
            return HasTracked(candidate) ? PathVerdict.Pass : PathVerdict.Hide;

        if (context.MatchGit(candidate.RulePath, candidate.RuleNameStart, candidate.IsDirectory, candidate.Parent.Git) is not { IsNegative: false } git)
            return PathVerdict.Pass;
        if (!candidate.IsDirectory && context.Tracked.Contains(candidate.RulePathString))
            return PathVerdict.Pass;

        var detail = $"ignored by {git.File.Source}:{git.Line} ({git.Text})";
        return candidate.IsDirectory && context.Tracked.HasTrackedBelow(candidate.RulePathString)
            ? PathVerdict.SkipAndDescend(SkipReason.GitIgnore, detail + "; the tracked files inside are kept", MatchedRule.From(git), FrameMarks.TrackedOnly)
            : PathVerdict.Skip(SkipReason.GitIgnore, detail, MatchedRule.From(git));
    }

    private bool HasTracked(Candidate candidate) => candidate.IsDirectory
        ? context.Tracked.HasTrackedBelow(candidate.RulePathString)
        : context.Tracked.Contains(candidate.RulePathString);
}
