using System.Diagnostics;

namespace Baton.Tests.TestSupport;

/// <summary>A real git repository made in a test folder, with a fixed identity.</summary>
internal static class GitRepo
{
    public static void Init(string directory)
    {
        Git(directory, "init", "-q", "-b", "main");
        Git(directory, "config", "user.name", "Ada Lovelace");
        Git(directory, "config", "user.email", "ada@example.com");
        Git(directory, "config", "commit.gpgsign", "false");
    }

    public static string Commit(string directory, string message = "commit")
    {
        Git(directory, "add", "-A");
        Git(directory, "commit", "-q", "-m", message);
        return Git(directory, "rev-parse", "HEAD").Trim();
    }

    public static string Git(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {error}");
    }
}
