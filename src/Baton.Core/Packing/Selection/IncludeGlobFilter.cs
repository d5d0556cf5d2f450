namespace Baton.Packing.Selection;

/// <summary>
/// With --include globs, keeps only files that match one, or that lie in a folder that matches one.
/// Folders are always entered: a folder that does not match may still hold files that do.
/// </summary>
internal sealed class IncludeGlobFilter(PathGlobs globs) : IPathFilter
{
    public PathVerdict Check(Candidate candidate)
    {
        if (globs.IsEmpty || (candidate.Parent.Marks & FrameMarks.Included) != 0)
            return PathVerdict.Pass;
        var matches = globs.Match(candidate.DisplayPath, candidate.DisplayNameStart, candidate.IsDirectory) is not null;
        if (candidate.IsDirectory)
            return matches ? PathVerdict.Mark(FrameMarks.Included) : PathVerdict.Pass;
        return matches ? PathVerdict.Pass : PathVerdict.Skip(SkipReason.NotIncluded, $"matches no {globs.Option} glob");
    }
}
