namespace Baton.Packing.Selection;

/// <summary>A path the user named, resolved against the base folder.</summary>
internal sealed record NamedPath(string FullPath, string DisplayPath, bool IsDirectory, bool IsSymlink, long Length)
{
    public static NamedPath Resolve(string baseDirectory, string path)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path, baseDirectory));
        var info = new FileInfo(full);
        if (!info.Exists && !Directory.Exists(full) && info.LinkTarget is null)
            throw BatonErrors.PackPathNotFound(path);
        var display = Path.GetRelativePath(baseDirectory, full).Replace('\\', '/');
        var isDirectory = Directory.Exists(full); // follows a named symlink, as a named path is taken as given
        return new NamedPath(full, display == "." ? "" : display, isDirectory, info.LinkTarget is not null, info.Exists ? info.Length : 0);
    }
}
