namespace Baton.Packing.Selection;

/// <summary>Where a set of ignore rules comes from; decides the skip reason a match gives.</summary>
internal enum IgnoreFileKind
{
    /// <summary>A <c>.gitignore</c> in the tree or above it in the repository.</summary>
    GitIgnore,

    /// <summary><c>$GIT_DIR/info/exclude</c>.</summary>
    InfoExclude,

    /// <summary>The user's global excludes file (<c>core.excludesFile</c>, by default <c>$XDG_CONFIG_HOME/git/ignore</c>).</summary>
    GlobalExcludes,

    /// <summary>A <c>.batonignore</c> in the tree or above it.</summary>
    BatonIgnore,

    /// <summary>Baton's built-in default ignores.</summary>
    Defaults,

    /// <summary>Globs given with <c>--include</c> or <c>--exclude</c>.</summary>
    Globs,
}
