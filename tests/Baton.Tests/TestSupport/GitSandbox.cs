using System.Diagnostics;
using System.Text;

namespace Baton.Tests.TestSupport;

/// <summary>
/// A temp folder with its own HOME and XDG_CONFIG_HOME, so git sees no user or system config but what a
/// test writes (global excludes, core.excludesFile). Runs git with exactly the environment it hands to Baton.
/// </summary>
internal sealed class GitSandbox : IDisposable
{
    private readonly TempDirectory _temp = new();

    public GitSandbox(bool useXdg = true)
    {
        Home = Directory.CreateDirectory(_temp.Combine("home")).FullName;
        Xdg = useXdg ? Directory.CreateDirectory(_temp.Combine("xdg")).FullName : null;
        Repo = Directory.CreateDirectory(_temp.Combine("repo")).FullName;
        Environment = new Dictionary<string, string?>
        {
            ["HOME"] = Home,
            ["XDG_CONFIG_HOME"] = Xdg,
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_CONFIG_GLOBAL"] = null,
            ["GIT_DIR"] = null,
            ["GIT_WORK_TREE"] = null,
            ["LC_ALL"] = "C",
        };
    }

    public string Root => _temp.Path;

    public string Home { get; }

    public string? Xdg { get; }

    public string Repo { get; }

    public IReadOnlyDictionary<string, string?> Environment { get; }

    public void InitRepository()
    {
        Git(Repo, "init", "-q", "-b", "main");
        Git(Repo, "config", "user.name", "Ada Lovelace");
        Git(Repo, "config", "user.email", "ada@example.com");
        Git(Repo, "config", "commit.gpgsign", "false");
    }

    /// <summary>Writes a file (and its folders) under the sandbox; <paramref name="relativePath"/> is '/'-separated.</summary>
    public string Write(string relativePath, string content) => Write(relativePath, Encoding.UTF8.GetBytes(content));

    public string Write(string relativePath, byte[] content)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string Git(string directory, params string[] args) => Run(directory, null, args).Output;

    /// <summary>Runs git; returns its exit code and stdout, throwing only when it could not run or exited above 1.</summary>
    public (int ExitCode, string Output) Run(string directory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in Environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        if (input is not null)
        {
            var stdin = new StreamWriter(process.StandardInput.BaseStream, new UTF8Encoding(false));
            stdin.Write(input);
            stdin.Close();
        }

        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode > 1)
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        return (process.ExitCode, output);
    }

    /// <summary>What git lists for <paramref name="directory"/>: untracked files not ignored, plus (with <paramref name="cached"/>) tracked ones.</summary>
    public SortedSet<string> ListFiles(string directory, bool cached)
    {
        string[] args = cached
            ? ["ls-files", "-z", "--cached", "--others", "--exclude-standard"]
            : ["ls-files", "-z", "--others", "--exclude-standard"];
        return new SortedSet<string>(Git(directory, args).Split('\0', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }

    /// <summary>
    /// <c>git check-ignore -v -n --no-index</c> for each path (relative to the repository root): the deciding
    /// "source:line:pattern", or "" when no pattern matches.
    /// </summary>
    public Dictionary<string, string> CheckIgnore(IReadOnlyCollection<string> paths)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (paths.Count == 0)
            return result;
        var input = string.Concat(paths.Select(p => p + "\0"));
        var output = Run(Repo, input, "check-ignore", "-v", "-n", "-z", "--no-index", "--stdin").Output;
        var fields = output.Split('\0');
        for (var i = 0; i + 3 < fields.Length; i += 4)
            result[fields[i + 3]] = fields[i].Length == 0 ? "" : $"{fields[i]}:{fields[i + 1]}:{fields[i + 2]}";
        return result;
    }

    public void Dispose() => _temp.Dispose();
}
