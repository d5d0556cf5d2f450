namespace Baton.Packing.Selection;

/// <summary>Why a file or folder was left out of a selection. Every path left out carries exactly one.</summary>
internal enum SkipReason
{
    /// <summary>Ignored by git's rules: a .gitignore, $GIT_DIR/info/exclude or the global excludes file.</summary>
    GitIgnore,

    /// <summary>Ignored by a .batonignore.</summary>
    BatonIgnore,

    /// <summary>Matched one of Baton's default ignores (dependency and build folders, lock files, logs…).</summary>
    DefaultIgnore,

    /// <summary>Matched an --exclude glob.</summary>
    ExcludedByGlob,

    /// <summary>--include globs were given and none matched the file.</summary>
    NotIncluded,

    /// <summary>A folder or file named .git: git's own data, never packed.</summary>
    GitDirectory,

    /// <summary>A folder that is a separate git repository (a submodule or a nested clone).</summary>
    NestedRepository,

    /// <summary>A symlink, not followed because following was not asked for.</summary>
    Symlink,

    /// <summary>A symlink whose target does not exist.</summary>
    BrokenSymlink,

    /// <summary>A followed symlink that leads back into a folder being walked.</summary>
    SymlinkLoop,

    /// <summary>Larger than the size limit.</summary>
    TooLarge,

    /// <summary>Binary content.</summary>
    Binary,

    /// <summary>Could not be read (permissions, vanished, I/O error); the detail says why.</summary>
    Unreadable,

    /// <summary>A FIFO, socket or device rather than a regular file.</summary>
    NotRegularFile,

    /// <summary>The name is not valid UTF-8, so it cannot be opened by name.</summary>
    InvalidName,
}

/// <summary>The stable codes of <see cref="SkipReason"/> that reports and <c>--json</c> show (<c>git-ignore</c>, <c>too-large</c>, …).</summary>
internal static class SkipReasons
{
    public static string Code(this SkipReason reason) => reason switch
    {
        SkipReason.GitIgnore => "git-ignore",
        SkipReason.BatonIgnore => "baton-ignore",
        SkipReason.DefaultIgnore => "default-ignore",
        SkipReason.ExcludedByGlob => "excluded",
        SkipReason.NotIncluded => "not-included",
        SkipReason.GitDirectory => "git-directory",
        SkipReason.NestedRepository => "nested-repository",
        SkipReason.Symlink => "symlink",
        SkipReason.BrokenSymlink => "broken-symlink",
        SkipReason.SymlinkLoop => "symlink-loop",
        SkipReason.TooLarge => "too-large",
        SkipReason.Binary => "binary",
        SkipReason.Unreadable => "unreadable",
        SkipReason.NotRegularFile => "not-regular-file",
        SkipReason.InvalidName => "invalid-name",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
