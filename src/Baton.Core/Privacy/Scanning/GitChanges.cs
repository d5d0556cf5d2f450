namespace Baton.Privacy.Scanning;

/// <summary>
/// The files a change added or modified and the lines it added, read from <c>git diff --raw</c> (exact names and
/// object ids) and <c>git diff -U0</c> (hunks). Deleted files, submodules and pure renames or mode changes have
/// nothing new to scan and are not listed. Rename detection is on, so a moved file is scanned only where it changed.
/// </summary>
internal static class GitChanges
{
    /// <summary>The files of a staged or diff selection (not of a commit range: see <see cref="CommitsAsync"/>).</summary>
    public static async Task<IReadOnlyList<ChangedFile>> ListAsync(string directory, ChangeSelection selection, IReadOnlyList<string> pathspecs, CancellationToken cancellationToken)
    {
        await ValidateAsync(directory, selection, cancellationToken);
        return await ListAsync(directory, selection.Staged ? ["--cached"] : [selection.Range!], pathspecs, cancellationToken);
    }

    /// <summary>
    /// The commits of a range, newest first, each with the tree to compare it with: its first parent, or the empty
    /// tree for a root commit. Merge commits are left out, as <c>git log -p</c> leaves out their diffs: what they bring
    /// in is scanned in the commits that made it.
    /// </summary>
    public static async Task<IReadOnlyList<(string Commit, string Parent)>> CommitsAsync(string directory, ChangeSelection selection, CancellationToken cancellationToken)
    {
        await ValidateAsync(directory, selection, cancellationToken);
        var (code, output, error) = await GitProcess.RunAsync(directory, ["rev-list", "--no-merges", "--parents", selection.Range!, "--"], cancellationToken);
        if (code != 0)
            throw BatonErrors.GitFailed("rev-list", error);
        string? emptyTree = null;
        var commits = new List<(string, string)>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var ids = line.Split(' ');
            if (ids.Length > 1)
            {
                commits.Add((ids[0], ids[1]));
                continue;
            }

            emptyTree ??= (await GitProcess.RunAsync(directory, ["hash-object", "-t", "tree", "/dev/null"], cancellationToken)).Output.Trim();
            commits.Add((ids[0], emptyTree));
        }

        return commits;
    }

    /// <summary>The files one commit added or modified, against its parent.</summary>
    public static Task<IReadOnlyList<ChangedFile>> ListCommitAsync(string directory, string commit, string parent, IReadOnlyList<string> pathspecs, CancellationToken cancellationToken) =>
        ListAsync(directory, [parent, commit], pathspecs, cancellationToken);

    private static async Task<IReadOnlyList<ChangedFile>> ListAsync(string directory, string[] what, IReadOnlyList<string> pathspecs, CancellationToken cancellationToken)
    {
        string[] common = ["diff", .. what, "--no-ext-diff", "--no-textconv", "-M", "--diff-filter=d", "--ignore-submodules=all"];
        string[] paths = ["--", .. pathspecs];

        var (code, raw, error) = await GitProcess.RunAsync(directory, [.. common, "--raw", "-z", "--no-abbrev", .. paths], cancellationToken);
        if (code != 0)
            throw BatonErrors.GitFailed("diff", error);
        var added = await ReadAddedLinesAsync(directory, [.. common, "-U0", "--src-prefix=a/", "--dst-prefix=b/", .. paths], cancellationToken);

        var files = new List<ChangedFile>();
        var fields = raw.Split('\0');
        for (var i = 0; i + 1 < fields.Length; i++)
        {
            // ":oldmode newmode oldid newid status", then the path, or for a rename or copy the old and the new path.
            var meta = fields[i].TrimStart(':').Split(' ');
            if (meta.Length < 5)
                continue;
            var renamed = meta[4].Length > 0 && meta[4][0] is 'R' or 'C';
            var path = renamed ? fields[i + 2] : fields[i + 1];
            i += renamed ? 2 : 1;
            var (mode, oldId, newId) = (meta[1], meta[2], meta[3]);
            if (mode is "160000" || (oldId == newId && !newId.All(c => c == '0')))
                continue;
            files.Add(new ChangedFile(path, newId, mode, added.GetValueOrDefault(path)));
        }

        return files;
    }

    /// <summary>An unknown ref must be an error that names it, not an empty scan that passes.</summary>
    private static async Task ValidateAsync(string directory, ChangeSelection selection, CancellationToken cancellationToken)
    {
        if ((await GitProcess.RunAsync(directory, ["rev-parse", "--git-dir"], cancellationToken)).ExitCode != 0)
            throw BatonErrors.ScanNeedsGit(selection.Option, directory);
        if (selection.Staged)
            return;

        var range = selection.Range!;
        var separator = range.Contains("...", StringComparison.Ordinal) ? "..." : "..";
        var sides = range.Contains(separator, StringComparison.Ordinal) ? range.Split(separator, 2) : [range];
        foreach (var side in sides.Where(s => s.Length > 0))
        {
            var (code, _, _) = await GitProcess.RunAsync(directory, ["rev-parse", "--verify", "--quiet", "--end-of-options", side + "^{commit}"], cancellationToken);
            if (code != 0)
                throw BatonErrors.UnknownRevision(side, range);
        }
    }

    private static async Task<Dictionary<string, AddedLines>> ReadAddedLinesAsync(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = GitProcess.Start(directory, arguments);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var added = await ZeroContextPatch.ReadAsync(process.StandardOutput.BaseStream, cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
            throw BatonErrors.GitFailed("diff -U0", (await error).Split('\n')[0]);
        return added;
    }
}
