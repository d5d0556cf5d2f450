using System.Runtime.CompilerServices;
using System.Text;

namespace Baton.Packing.Selection;

/// <summary>
/// The file selection stage of the pack pipeline: turns paths, globs and ignore rules into a stream of
/// selected files and of paths left out with their reasons, in git's order. Nothing is held but the folder
/// listings on the current path; no file content is read beyond a sniff of its first bytes.
/// </summary>
internal static class FileSelector
{
    public static async IAsyncEnumerable<SelectionEntry> SelectAsync(SelectionOptions options, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (options.MaxFileBytes <= 0)
            throw BatonErrors.InvalidMaxFileSize(options.MaxFileBytes);
        var baseDirectory = Path.GetFullPath(options.BaseDirectory);
        var include = PathGlobs.Parse(options.Include, "--include");
        var exclude = PathGlobs.Parse(options.Exclude, "--exclude");
        var roots = options.Paths.Select(path => NamedPath.Resolve(baseDirectory, path)).ToList();
        var inspector = new FileInspector(options.MaxFileBytes);
        var reportedProblems = new HashSet<string>(StringComparer.Ordinal);
        var emitted = roots.Count > 1 ? new HashSet<string>(StringComparer.Ordinal) : null;

        foreach (var root in roots)
        {
            var folder = root.IsDirectory ? root.FullPath : Path.GetDirectoryName(root.FullPath)!;
            var plainRoot = RuleContext.IsInside(folder, baseDirectory) ? baseDirectory : folder;
            var context = await RuleContext.OpenAsync(folder, plainRoot, options, cancellationToken);
            foreach (var problem in context.Problems.Where(p => reportedProblems.Add(p.Path)))
                yield return problem;

            var entries = root.IsDirectory
                ? new DirectoryWalker(context, Stages(context, include, exclude, options), inspector, options)
                    .Walk(RootFrame(root, context, include, options), cancellationToken)
                : [NamedFile(root, context, inspector)];
            foreach (var entry in entries)
            {
                if (emitted is null || emitted.Add(entry.Path))
                    yield return entry;
            }
        }
    }

    /// <summary>The path stages, in the order they decide; the first to leave an entry out gives the reason.</summary>
    private static IPathFilter[] Stages(RuleContext context, PathGlobs include, PathGlobs exclude, SelectionOptions options) =>
    [
        new GitDirectoryFilter(context.IgnoreCase),
        new ExcludeGlobFilter(exclude),
        new IgnoreRulesFilter(context, options.UseDefaultIgnores ? DefaultIgnores.Rules : null, options.UseBatonIgnore),
        new NestedRepositoryFilter(context),
        new IncludeGlobFilter(include),
    ];

    /// <summary>
    /// The frame for a named folder: the folder itself is taken as given, but the ignore files of the folders
    /// above it, up to the repository root, are in force for what lies below, as when git runs in a subfolder.
    /// </summary>
    private static WalkFrame RootFrame(NamedPath root, RuleContext context, PathGlobs include, SelectionOptions options)
    {
        var inRoot = RuleContext.IsInside(root.FullPath, context.Root) ? root.FullPath : Symlinks.RealPath(root.FullPath);
        var rulePath = context.RelativePath(inRoot);
        RuleChain? git = null, baton = null;
        var parts = rulePath.Length == 0 ? [] : rulePath.Split('/');
        for (var depth = 0; depth < parts.Length; depth++)
        {
            var folder = string.Join('/', parts[..depth]);
            var full = Path.Combine(context.Root, folder);
            var prefix = folder.Length == 0 ? "" : folder + "/";
            if (context.UsesGitRules)
                git = RuleChain.Push(git, RuleFileLoader.Load(Path.Combine(full, RuleFileLoader.GitIgnoreName), IgnoreFileKind.GitIgnore, prefix + RuleFileLoader.GitIgnoreName, folder, followSymlink: false, out _));
            if (options.UseBatonIgnore)
                baton = RuleChain.Push(baton, RuleFileLoader.Load(Path.Combine(full, RuleFileLoader.BatonIgnoreName), IgnoreFileKind.BatonIgnore, prefix + RuleFileLoader.BatonIgnoreName, folder, followSymlink: false, out _));
        }

        var marks = IsIncluded(root.DisplayPath, include) ? FrameMarks.Included : FrameMarks.None;
        var realPath = options.FollowSymlinks ? Symlinks.RealPath(root.FullPath) : null;
        return new WalkFrame(root.FullPath, rulePath, root.DisplayPath, git, baton, marks, realPath, parent: null);
    }

    /// <summary>Whether an --include glob matches the named folder or a folder above it (below the base folder).</summary>
    private static bool IsIncluded(string displayPath, PathGlobs include)
    {
        if (include.IsEmpty || displayPath.Length == 0 || displayPath.StartsWith("..", StringComparison.Ordinal))
            return false;
        var bytes = Encoding.UTF8.GetBytes(displayPath);
        for (var end = 0; end <= bytes.Length; end++)
        {
            if (end < bytes.Length && bytes[end] != '/')
                continue;
            var folder = bytes.AsSpan(0, end);
            if (include.Match(folder, folder.LastIndexOf((byte)'/') + 1, isDirectory: true) is not null)
                return true;
        }

        return false;
    }

    /// <summary>A file named on its own is taken as given: only the content stage applies (a symlink is followed).</summary>
    private static SelectionEntry NamedFile(NamedPath file, RuleContext context, FileInspector inspector)
    {
        var fullPath = file.FullPath;
        long? length = file.Length;
        if (file.IsSymlink)
        {
            var (target, _, loop) = Symlinks.Resolve(file.FullPath);
            if (target is null)
            {
                var text = Symlinks.TargetText(file.FullPath);
                return loop
                    ? new SkippedPath(file.DisplayPath, false, SkipReason.SymlinkLoop, $"symlink to {text}; the chain of links loops")
                    : new SkippedPath(file.DisplayPath, false, SkipReason.BrokenSymlink, $"symlink to {text}, which does not exist");
            }

            (fullPath, length) = (target, null);
        }

        var tracked = context.Tracked.Contains(context.RelativePath(file.FullPath));
        return inspector.Inspect(file.DisplayPath, fullPath, length, File.GetLastWriteTimeUtc(fullPath), tracked);
    }
}
