namespace Baton.Transfer;

/// <summary>
/// The files of an export folder, for both directions. Names starting with '.' (.git, .obsidian, editor
/// swap files, the exporter's temporary files) are passed over, and so are linked folders, which could loop.
/// </summary>
internal static class ExportFolder
{
    /// <summary>Every file below <paramref name="root"/>, as paths relative to it with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> Files(string root)
    {
        var files = new List<string>();
        if (Directory.Exists(root))
            Walk(root, "", files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Walk(string directory, string relative, List<string> files)
    {
        var info = new DirectoryInfo(directory);
        foreach (var entry in info.EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith('.'))
                continue;
            var path = relative + entry.Name;
            if (entry is DirectoryInfo sub)
            {
                if (!sub.Attributes.HasFlag(FileAttributes.ReparsePoint))
                    Walk(sub.FullName, path + "/", files);
            }
            else
            {
                files.Add(path);
            }
        }
    }

    public static string FullPath(string root, string relative) =>
        Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
}
