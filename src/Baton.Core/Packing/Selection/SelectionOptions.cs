namespace Baton.Packing.Selection;

/// <summary>What to select and how. Every rule set can be turned off on its own; the defaults follow git.</summary>
internal sealed record SelectionOptions
{
    /// <summary>50 MiB, the same default as repomix's maxFileSize, so both tools see the same files.</summary>
    public const long DefaultMaxFileBytes = 50L << 20;

    /// <summary>Paths in results, and globs, are relative to this folder.</summary>
    public required string BaseDirectory { get; init; }

    /// <summary>Files and folders to pack, relative to <see cref="BaseDirectory"/>. A path named here is taken as given:
    /// ignore rules, default ignores and globs decide about what lies below a folder, not about the path itself.</summary>
    public IReadOnlyList<string> Paths { get; init; } = ["."];

    /// <summary>When not empty, only files matching one of these globs (or inside a folder that matches) are kept.</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Files and folders matching one of these globs are left out.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>.gitignore files, $GIT_DIR/info/exclude and the global excludes file, applied as git applies them.</summary>
    public bool UseGitIgnore { get; init; } = true;

    /// <summary>.batonignore files: same syntax, and a matching line there wins over git's rules.</summary>
    public bool UseBatonIgnore { get; init; } = true;

    /// <summary>Baton's default ignores (<see cref="DefaultIgnores"/>).</summary>
    public bool UseDefaultIgnores { get; init; } = true;

    /// <summary>Follow symlinks to files and folders; otherwise each symlink is left out and reported.</summary>
    public bool FollowSymlinks { get; init; }

    /// <summary>Files larger than this are left out as too large, without being read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Environment for git and for finding the global excludes file (HOME, XDG_CONFIG_HOME); a null value
    /// removes a variable. Null means this process's environment. Tests use it to isolate the user's git config.</summary>
    public IReadOnlyDictionary<string, string?>? Environment { get; init; }

    internal string? GetEnvironmentVariable(string name) =>
        Environment is not null && Environment.TryGetValue(name, out var value) ? value : System.Environment.GetEnvironmentVariable(name);
}
