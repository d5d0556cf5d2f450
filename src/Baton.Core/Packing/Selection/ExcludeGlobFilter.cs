namespace Baton.Packing.Selection;

/// <summary>Leaves out files and folders matching an --exclude glob.</summary>
internal sealed class ExcludeGlobFilter(PathGlobs globs) : IPathFilter
{
    public PathVerdict Check(Candidate candidate)
    {
        if (globs.IsEmpty || globs.Match(candidate.DisplayPath, candidate.DisplayNameStart, candidate.IsDirectory) is not { } match)
            return PathVerdict.Pass;
        var glob = globs.Original(match);
        return PathVerdict.Skip(SkipReason.ExcludedByGlob, $"matches {globs.Option} '{glob}'",
            new MatchedRule(IgnoreFileKind.Globs, globs.Option, match.Line, glob));
    }
}
