namespace Baton.Packing.Selection;

/// <summary>Leaves out every entry named .git (folder or gitfile), as git's own walk does; never optional.</summary>
internal sealed class GitDirectoryFilter(bool ignoreCase) : IPathFilter
{
    public PathVerdict Check(Candidate candidate) =>
        string.Equals(candidate.Entry.Name, ".git", ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            ? PathVerdict.Skip(SkipReason.GitDirectory, "git's own data; never packed")
            : PathVerdict.Pass;
}
