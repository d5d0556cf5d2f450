using System.Diagnostics;

namespace Baton.Git;

/// <summary>
/// Reads repository facts by running the <c>git</c> the user has, so that Baton sees exactly what they see
/// (worktrees, safe.directory, includes). Missing git or a folder outside a repository give
/// <see cref="GitContext.None"/>-like results, never an error: git facts are a bonus on a label.
/// </summary>
public static class GitProbe
{
    /// <summary>The repository facts and git user of <paramref name="directory"/>; asked once per folder inside a <see cref="GitProbeScope"/>.</summary>
    public static Task<GitContext> ReadAsync(string directory, CancellationToken cancellationToken = default) =>
        GitProbeScope.Current is { } scope
            ? scope.ShareAsync("read", directory, () => ReadUnsharedAsync(directory, cancellationToken))
            : ReadUnsharedAsync(directory, cancellationToken);

    /// <summary>
    /// Only the git user (user.name, user.email) of <paramref name="directory"/>, in an otherwise empty context: what an
    /// author needs, for one git process instead of three. The same values as <see cref="ReadAsync"/>'s.
    /// </summary>
    public static async Task<GitContext> ReadUserAsync(string directory, CancellationToken cancellationToken = default)
    {
        var config = await ConfigAsync(directory, cancellationToken);
        return GitContext.None with { UserName = config.UserName, UserEmail = config.UserEmail };
    }

    private static async Task<GitContext> ReadUnsharedAsync(string directory, CancellationToken cancellationToken)
    {
        // Independent questions (both asked in the folder itself): asked at once.
        var topLevel = RevParseAsync(directory, environment: null, cancellationToken);
        var config = ConfigAsync(directory, cancellationToken);
        var root = FirstLine(await topLevel);
        var (userName, userEmail, remote) = await config;
        if (string.IsNullOrEmpty(root))
            return GitContext.None with { UserName = userName, UserEmail = userEmail };

        string? branch = null, commit = null;
        var dirty = false;
        var status = await RunAsync(root, ["status", "--porcelain=v2", "--branch", "--untracked-files=no"], cancellationToken);
        foreach (var line in Lines(status))
        {
            if (line.StartsWith("# branch.oid ", StringComparison.Ordinal))
                commit = line["# branch.oid ".Length..] is var oid && oid != "(initial)" ? oid : null;
            else if (line.StartsWith("# branch.head ", StringComparison.Ordinal))
                branch = line["# branch.head ".Length..] is var head && head != "(detached)" ? head : null;
            else if (!line.StartsWith('#'))
                dirty = true;
        }

        return new GitContext(root, RepoName(remote, root), branch, commit, status is null ? null : dirty, userName, userEmail);
    }

    /// <summary>user.name, user.email and remote.origin.url as git reads them in <paramref name="directory"/>; shared within a scope.</summary>
    private static Task<GitConfig> ConfigAsync(string directory, CancellationToken cancellationToken)
    {
        async Task<GitConfig> AskAsync()
        {
            var config = await RunAsync(directory, ["config", "--get-regexp", @"^(user\.name|user\.email|remote\.origin\.url)$"], cancellationToken);
            string? userName = null, userEmail = null, remote = null;
            foreach (var line in Lines(config))
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                if (space < 0)
                    continue;
                var (key, value) = (line[..space], line[(space + 1)..].Trim());
                switch (key)
                {
                    case "user.name": userName = value; break;
                    case "user.email": userEmail = value; break;
                    case "remote.origin.url": remote = value; break;
                }
            }

            return new GitConfig(userName, userEmail, remote);
        }

        return GitProbeScope.Current is { } scope ? scope.ShareAsync("config", directory, AskAsync) : AskAsync();
    }

    /// <summary>
    /// <c>git rev-parse --show-toplevel --git-path info/exclude</c> in <paramref name="directory"/>: the working tree's
    /// top, then where its info/exclude is (relative to <paramref name="directory"/> or absolute); null outside a
    /// working tree. One question for the pack's git facts and its selection rules alike, so that a scope asks it once
    /// (only with this process's environment: another environment may see another repository).
    /// </summary>
    internal static Task<string?> RevParseAsync(string directory, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        Task<string?> AskAsync() => RunAsync(directory, ["rev-parse", "--show-toplevel", "--git-path", "info/exclude"], environment, cancellationToken);
        return environment is null && GitProbeScope.Current is { } scope ? scope.ShareAsync("rev-parse", directory, AskAsync) : AskAsync();
    }

    /// <summary>
    /// Whether <paramref name="file"/> differs from the commit checked out: changed (staged or not) or untracked.
    /// Null outside git or when git fails. This, not the whole tree's state, says whether a snippet's lines are those
    /// of its commit.
    /// </summary>
    public static async Task<bool?> FileChangedAsync(string file, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(file)!;
        var status = await RunAsync(directory, ["status", "--porcelain=v2", "--untracked-files=all", "--ignored=no", "--", Path.GetFileName(file)], cancellationToken);
        return status is null ? null : Lines(status).Length > 0;
    }

    /// <summary>The top of the working tree containing <paramref name="directory"/>, or null outside git.</summary>
    public static async Task<string?> FindRootAsync(string directory, CancellationToken cancellationToken = default)
    {
        var root = FirstLine(await RevParseAsync(directory, environment: null, cancellationToken));
        return string.IsNullOrEmpty(root) ? null : root;
    }

    /// <summary>"github.com/org/repo" from a remote URL, else the working tree's folder name.</summary>
    internal static string RepoName(string? remote, string root)
    {
        if (!string.IsNullOrWhiteSpace(remote))
        {
            var r = remote.Trim();
            if (r.EndsWith(".git", StringComparison.Ordinal))
                r = r[..^4];
            if (Uri.TryCreate(r, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
                return uri.Host + uri.AbsolutePath.TrimEnd('/');
            var at = r.IndexOf('@', StringComparison.Ordinal);
            var colon = r.IndexOf(':', StringComparison.Ordinal);
            if (colon > at && colon > 0)
                return r[(at + 1)..colon] + "/" + r[(colon + 1)..].TrimStart('/');
            return r;
        }

        return Path.GetFileName(root.TrimEnd('/', '\\'));
    }

    /// <summary>A class, not a tuple: see GitProbeScope's note on generic code over value types.</summary>
    private sealed record GitConfig(string? UserName, string? UserEmail, string? Remote);

    private static string? FirstLine(string? text) => text?.Split('\n', 2)[0].Trim();

    private static string[] Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs git and returns its stdout, or null if git is missing or fails.</summary>
    internal static Task<string?> RunAsync(string directory, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(directory, arguments, environment: null, cancellationToken);

    /// <param name="environment">Variables to set (or, with a null value, remove) for git; null keeps this process's.</param>
    internal static async Task<string?> RunAsync(string directory, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add("--no-optional-locks");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        GitProbeScope.Current?.CountRun();
        try
        {
            using var process = Process.Start(start);
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            _ = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            return process.ExitCode == 0 ? await output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
