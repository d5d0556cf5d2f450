namespace Baton.Packing.Selection;

/// <summary>Resolving symlinks, for following them when asked and for telling loops apart.</summary>
internal static class Symlinks
{
    /// <summary>Where a symlink finally leads: null when the target is missing; Loop when the chain of links loops.</summary>
    public static (string? Target, bool IsDirectory, bool Loop) Resolve(string linkPath)
    {
        try
        {
            var target = new FileInfo(linkPath).ResolveLinkTarget(returnFinalTarget: true);
            if (target is null)
                return (null, false, false);
            if (Directory.Exists(target.FullName))
                return (target.FullName, true, false);
            return File.Exists(target.FullName) ? (target.FullName, false, false) : (null, false, false);
        }
        catch (IOException)
        {
            return (null, false, true); // ELOOP: too many levels of links
        }
    }

    /// <summary>The link's own text, for messages.</summary>
    public static string TargetText(string linkPath)
    {
        try
        {
            return new FileInfo(linkPath).LinkTarget ?? "?";
        }
        catch (IOException)
        {
            return "?";
        }
    }

    /// <summary>The path with every symlink in it resolved, component by component.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            for (var hops = 0; hops < 40 && new FileInfo(current).LinkTarget is { } target; hops++)
                current = Path.GetFullPath(target, Path.GetDirectoryName(current) ?? root);
        }

        return current;
    }
}
