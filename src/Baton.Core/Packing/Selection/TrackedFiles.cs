namespace Baton.Packing.Selection;

/// <summary>
/// The paths in git's index (relative to the repository root). Git's ignore rules never apply to these, and
/// a folder git ignores is still entered when it holds some of them.
/// </summary>
internal sealed class TrackedFiles
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _folders;

    private TrackedFiles(HashSet<string> files, HashSet<string> folders)
    {
        _files = files;
        _folders = folders;
    }

    public static TrackedFiles None { get; } = new([], []);

    public int Count => _files.Count;

    /// <param name="lsFilesOutput">The output of <c>git ls-files -z --cached</c>.</param>
    public static TrackedFiles Parse(string lsFilesOutput, bool ignoreCase)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var files = new HashSet<string>(comparer);
        var folders = new HashSet<string>(comparer);
        foreach (var path in lsFilesOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!files.Add(path))
                continue; // unmerged paths are listed once per stage
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
            {
                if (!folders.Add(path[..slash]))
                    break;
            }
        }

        return new TrackedFiles(files, folders);
    }

    public bool Contains(string path) => _files.Contains(path);

    public bool HasTrackedBelow(string folder) => _folders.Contains(folder);
}
