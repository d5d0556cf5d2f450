using System.Diagnostics;

namespace Baton.Git;

/// <summary>
/// Reads repository facts by running the <c>git</c> the user has, so that Baton sees exactly what they see
/// (worktrees, safe.directory, includes). Missing git or a folder outside a repository give
/// <see cref="GitContext.None"/>-like results, never an error: git facts are a bonus on a label.
/// </summary>
public static class GitProbe
{
    public static async Task<GitContext> ReadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var root = (await RunAsync(directory, ["rev-parse", "--show-toplevel"], cancellationToken))?.Trim();
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
        var root = (await RunAsync(directory, ["rev-parse", "--show-toplevel"], cancellationToken))?.Trim();
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
