using System.Text;
using Baton.Packing.Selection;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Packing.Selection;

/// <summary>
/// Compares Baton's selection with git's own answers on a real repository: the selected set against
/// <c>git ls-files</c>, and for every file and folder in the tree, the deciding ignore line against
/// <c>git check-ignore -v</c>. Returns the differences, one line each; none means exact.
/// </summary>
internal static class GitOracle
{
    public static SelectionOptions GitOnly(GitSandbox sandbox, string baseDirectory) => new()
    {
        BaseDirectory = baseDirectory,
        UseDefaultIgnores = false,
        UseBatonIgnore = false,
        Environment = sandbox.Environment,
    };

    public static async Task<List<SelectionEntry>> SelectAsync(SelectionOptions options)
    {
        var entries = new List<SelectionEntry>();
        await foreach (var entry in FileSelector.SelectAsync(options, TestContext.Current.CancellationToken))
            entries.Add(entry);
        return entries;
    }

    /// <param name="directory">Where to list from: the repository root or a folder in it.</param>
    /// <param name="cached">Some files are tracked: compare with <c>--cached --others</c>.</param>
    public static async Task<List<string>> MismatchesAsync(GitSandbox sandbox, string directory, bool cached)
    {
        var mismatches = new List<string>();
        var entries = await SelectAsync(GitOnly(sandbox, directory));

        // 1. The selected set is exactly what git lists.
        var expected = sandbox.ListFiles(directory, cached);
        var actual = new SortedSet<string>(entries.OfType<SelectedFile>().Select(f => f.Path), StringComparer.Ordinal);
        mismatches.AddRange(expected.Except(actual).Select(p => $"git lists, Baton left out: {Show(p)} ({Reason(entries, p)})"));
        mismatches.AddRange(actual.Except(expected).Select(p => $"Baton selected, git does not list: {Show(p)}"));

        // 1b. In the same order: byte order of full paths (git sorts case-insensitively under core.ignoreCase).
        var foldsCase = sandbox.Git(sandbox.Repo, "config", "--type=bool", "--get", "core.ignoreCase").Trim() == "true";
        if (!cached && !foldsCase && mismatches.Count == 0)
        {
            var gitOrder = sandbox.Git(directory, "ls-files", "-z", "--others", "--exclude-standard").Split('\0', StringSplitOptions.RemoveEmptyEntries);
            var ourOrder = entries.OfType<SelectedFile>().Select(f => f.Path).ToArray();
            if (!gitOrder.SequenceEqual(ourOrder))
                mismatches.Add($"order differs: git [{Show(string.Join(", ", gitOrder))}], Baton [{Show(string.Join(", ", ourOrder))}]");
        }

        // 2. Every path Baton reports as git-ignored names the line git names.
        var prefix = RelativePrefix(sandbox.Repo, directory);
        var ignored = entries.OfType<SkippedPath>().Where(s => s.Reason == SkipReason.GitIgnore).ToList();
        var gitSays = sandbox.CheckIgnore(ignored.Select(s => prefix + s.Path).ToList());
        foreach (var skipped in ignored)
        {
            var ours = Normalize(sandbox, $"{skipped.Rule!.Source}:{skipped.Rule.Line}:{skipped.Rule.Pattern}");
            var theirs = Normalize(sandbox, gitSays.GetValueOrDefault(prefix + skipped.Path, "?"));
            if (ours != theirs)
                mismatches.Add($"{Show(skipped.Path)}: Baton says ignored by {ours}, git check-ignore says {theirs}");
        }

        // 3. For every path in the tree, the deciding line (negative or not) is git's.
        var context = await RuleContext.OpenAsync(sandbox.Repo, sandbox.Repo, GitOnly(sandbox, sandbox.Repo), TestContext.Current.CancellationToken);
        var all = AllPaths(sandbox.Repo);
        var verdicts = sandbox.CheckIgnore(all.Keys.ToList());
        foreach (var (path, isDirectory) in all)
        {
            var match = context.Explain(path, isDirectory);
            var ours = match is null ? "" : Normalize(sandbox, $"{match.File.Source}:{match.Line}:{match.Text}");
            var theirs = Normalize(sandbox, verdicts.GetValueOrDefault(path, "?"));
            if (ours != theirs)
                mismatches.Add($"check-ignore {Show(path)}{(isDirectory ? "/" : "")}: Baton {Show(ours)}, git {Show(theirs)}");
        }

        return mismatches;
    }

    /// <summary>Every file and folder under the root (relative, '/'-separated), .git excluded.</summary>
    public static SortedDictionary<string, bool> AllPaths(string root)
    {
        var result = new SortedDictionary<string, bool>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                if (entry.Name == ".git")
                    continue;
                var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
                var isDirectory = entry is DirectoryInfo && entry.LinkTarget is null;
                result[relative] = isDirectory;
                if (isDirectory)
                    pending.Push(entry.FullName);
            }
        }

        return result;
    }

    public static string Show(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    private static string Reason(List<SelectionEntry> entries, string path) =>
        entries.OfType<SkippedPath>().FirstOrDefault(s => s.Path == path || path.StartsWith(s.Path + "/", StringComparison.Ordinal)) is { } skipped
            ? $"{skipped.Reason}: {skipped.Detail}"
            : "not reported";

    /// <summary>Sources as absolute paths where git prints a path of its own choosing (global file, info/exclude).</summary>
    private static string Normalize(GitSandbox sandbox, string verdict)
    {
        if (verdict.Length == 0 || verdict == "?")
            return verdict;
        var firstColon = verdict.IndexOf(':', StringComparison.Ordinal);
        var secondColon = verdict.IndexOf(':', firstColon + 1);
        var source = verdict[..firstColon];
        if (source.Contains("info/exclude", StringComparison.Ordinal) || Path.IsPathRooted(source))
            source = Path.GetFullPath(source, sandbox.Repo);
        return source + verdict[firstColon..secondColon] + verdict[secondColon..];
    }

    private static string RelativePrefix(string repo, string directory)
    {
        var relative = Path.GetRelativePath(repo, directory).Replace('\\', '/');
        return relative == "." ? "" : relative + "/";
    }
}
