namespace Baton.Packing.Selection;

/// <summary>
/// Inside a git repository, a folder holding its own .git is another repository (a submodule or a nested
/// clone); git does not list its files and neither does Baton. Outside git there is no outer repository,
/// so such folders are walked like any other (their .git still left out).
/// </summary>
internal sealed class NestedRepositoryFilter(RuleContext context) : IPathFilter
{
    public PathVerdict Check(Candidate candidate) =>
        context.IsGitRepository && candidate.IsDirectory && Path.Exists(Path.Combine(candidate.Entry.FullPath, ".git"))
            ? PathVerdict.Skip(SkipReason.NestedRepository, "a separate git repository (submodule or nested clone); name it to pack it on its own")
            : PathVerdict.Pass;
}
