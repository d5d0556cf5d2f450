namespace Baton.Packing.Selection;

/// <summary>Reads an ignore file from disk; a missing file is no rules, an unreadable one is a reported problem.</summary>
internal static class RuleFileLoader
{
    public const string GitIgnoreName = ".gitignore";
    public const string BatonIgnoreName = ".batonignore";

    /// <param name="followSymlink">
    /// False for files inside the tree: git (since 2.32) does not read a .gitignore that is a symlink, and
    /// neither does Baton. The user-level files (info/exclude, the global excludes file) are followed.
    /// </param>
    /// <param name="problem">Why an existing file could not be read; its rules are then not applied.</param>
    public static IgnoreFile? Load(string fullPath, IgnoreFileKind kind, string source, string baseDirectory, bool followSymlink, out string? problem)
    {
        problem = null;
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists || (!followSymlink && info.LinkTarget is not null))
                return null;
            return IgnoreFile.Parse(File.ReadAllBytes(fullPath), kind, source, baseDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read its ignore rules ({Describe(e)}); they are not applied";
            return null;
        }
    }

    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        FileNotFoundException or DirectoryNotFoundException => "it disappeared during the walk",
        _ => e.Message.TrimEnd('.'),
    };
}
