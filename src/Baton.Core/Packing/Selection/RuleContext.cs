using System.Text;
using Baton.Git;

namespace Baton.Packing.Selection;

/// <summary>
/// The git side of a walk root: the repository's top folder (or, outside git, the folder the rules are
/// relative to), core.ignoreCase, $GIT_DIR/info/exclude, the global excludes file and the tracked files.
/// Facts come from the user's own git, so worktrees, includes and config paths resolve as git resolves them.
/// </summary>
internal sealed class RuleContext
{
    private RuleContext(string root)
    {
        Root = root;
    }

    /// <summary>Full path of the folder that .gitignore bases and tracked paths are relative to.</summary>
    public string Root { get; }

    public bool IsGitRepository { get; private init; }

    public bool IgnoreCase { get; private init; }

    /// <summary>False when git's rules were turned off: no .gitignore, info/exclude or global excludes.</summary>
    public bool UsesGitRules { get; private init; }

    public IgnoreFile? InfoExclude { get; private init; }

    public IgnoreFile? GlobalExcludes { get; private init; }

    public TrackedFiles Tracked { get; private init; } = TrackedFiles.None;

    /// <summary>User-level ignore files that exist but could not be read.</summary>
    public IReadOnlyList<SkippedPath> Problems { get; private init; } = [];

    /// <param name="directory">A folder inside the tree to select from.</param>
    /// <param name="plainRoot">The root to use when <paramref name="directory"/> is not inside a git working tree.</param>
    public static async Task<RuleContext> OpenAsync(string directory, string plainRoot, SelectionOptions options, CancellationToken cancellationToken = default)
    {
        var environment = options.Environment;
        var revParse = await GitProbe.RevParseAsync(directory, environment, cancellationToken);
        var lines = revParse?.Split('\n', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var isGit = lines.Length >= 2;
        var root = isGit ? Path.GetFullPath(lines[0]) : plainRoot;
        if (!options.UseGitIgnore)
            return new RuleContext(root) { IsGitRepository = isGit };

        var runIn = isGit ? root : directory;
        var excludesFile = GitProbe.RunAsync(runIn, ["config", "--type=path", "--get", "core.excludesFile"], environment, cancellationToken);
        var ignoreCase = isGit ? GitProbe.RunAsync(root, ["config", "--type=bool", "--get", "core.ignoreCase"], environment, cancellationToken) : Task.FromResult<string?>(null);
        var tracked = isGit ? GitProbe.RunAsync(root, ["ls-files", "-z", "--cached"], environment, cancellationToken) : Task.FromResult<string?>(null);
        await Task.WhenAll(excludesFile, ignoreCase, tracked);

        var problems = new List<SkippedPath>();
        var globalPath = GlobalExcludesPath((await excludesFile)?.TrimEnd('\n'), root, options);
        var global = globalPath is null ? null : LoadUserFile(globalPath, IgnoreFileKind.GlobalExcludes, globalPath, problems);
        IgnoreFile? info = null;
        if (isGit)
        {
            var infoPath = Path.GetFullPath(lines[1], directory);
            var infoSource = IsInside(infoPath, root) ? Path.GetRelativePath(root, infoPath).Replace('\\', '/') : infoPath;
            info = LoadUserFile(infoPath, IgnoreFileKind.InfoExclude, infoSource, problems);
        }

        var folds = (await ignoreCase)?.Trim() == "true";
        return new RuleContext(root)
        {
            IsGitRepository = isGit,
            IgnoreCase = folds,
            UsesGitRules = true,
            InfoExclude = info,
            GlobalExcludes = global,
            Tracked = await tracked is { } listed ? TrackedFiles.Parse(listed, folds) : TrackedFiles.None,
            Problems = problems,
        };
    }

    /// <summary>Git's verdict from the rule files alone: .gitignore files (innermost first), then info/exclude, then the global file.</summary>
    public IgnorePattern? MatchGit(ReadOnlySpan<byte> path, int nameStart, bool isDirectory, RuleChain? chain)
    {
        if (!UsesGitRules)
            return null;
        return RuleChain.LastMatch(chain, path, nameStart, isDirectory, IgnoreCase)
            ?? InfoExclude?.LastMatch(path, nameStart, isDirectory, IgnoreCase)
            ?? GlobalExcludes?.LastMatch(path, nameStart, isDirectory, IgnoreCase);
    }

    /// <summary>
    /// What <c>git check-ignore -v</c> reports for one path relative to <see cref="Root"/>: the deciding line,
    /// negative or not, or for a path inside an ignored folder the line that ignored that folder. Reads the
    /// .gitignore files on the way down, as git does; the walk gets the same answers incrementally.
    /// </summary>
    public IgnorePattern? Explain(string relativePath, bool isDirectory)
    {
        var path = Encoding.UTF8.GetBytes(relativePath);
        var chain = RuleChain.Push(null, LoadGitIgnore(""));
        for (var slash = relativePath.IndexOf('/'); slash >= 0; slash = relativePath.IndexOf('/', slash + 1))
        {
            var folder = relativePath[..slash];
            var nameStart = folder.LastIndexOf('/') + 1;
            if (MatchGit(path.AsSpan(0, Encoding.UTF8.GetByteCount(folder)), Encoding.UTF8.GetByteCount(folder[..nameStart]), isDirectory: true, chain) is { IsNegative: false } excluded)
                return excluded;
            chain = RuleChain.Push(chain, LoadGitIgnore(folder));
        }

        var lastSlash = relativePath.LastIndexOf('/');
        return MatchGit(path, Encoding.UTF8.GetByteCount(relativePath[..(lastSlash + 1)]), isDirectory, chain);
    }

    /// <summary>The '/'-separated path of <paramref name="fullPath"/> relative to <see cref="Root"/>; "" for the root.</summary>
    public string RelativePath(string fullPath)
    {
        var relative = Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
        return relative == "." ? "" : relative;
    }

    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    private IgnoreFile? LoadGitIgnore(string folder)
    {
        var full = Path.Combine(Root, folder, RuleFileLoader.GitIgnoreName);
        var source = folder.Length == 0 ? RuleFileLoader.GitIgnoreName : folder + "/" + RuleFileLoader.GitIgnoreName;
        return RuleFileLoader.Load(full, IgnoreFileKind.GitIgnore, source, folder, followSymlink: false, out _);
    }

    /// <summary>core.excludesFile when set, else $XDG_CONFIG_HOME/git/ignore, else $HOME/.config/git/ignore (git's order).</summary>
    private static string? GlobalExcludesPath(string? configured, string root, SelectionOptions options)
    {
        if (!string.IsNullOrEmpty(configured))
            return Path.GetFullPath(configured, root);
        var xdg = options.GetEnvironmentVariable("XDG_CONFIG_HOME");
        if (!string.IsNullOrEmpty(xdg))
            return Path.Combine(xdg, "git", "ignore");
        var home = options.GetEnvironmentVariable("HOME");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".config", "git", "ignore");
    }

    private static IgnoreFile? LoadUserFile(string path, IgnoreFileKind kind, string source, List<SkippedPath> problems)
    {
        var file = RuleFileLoader.Load(path, kind, source, "", followSymlink: true, out var problem);
        if (problem is not null)
            problems.Add(new SkippedPath(path, IsDirectory: false, SkipReason.Unreadable, problem));
        return file;
    }
}
