using System.Diagnostics;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary>
/// <c>baton hooks install|uninstall</c>, and the installed hook run by a real <c>git commit</c> with the built
/// <c>baton</c> on PATH (the apphost the test project copies next to itself).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HooksCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;
    private readonly string _repo;

    public HooksCommandTests()
    {
        _repo = Directory.CreateDirectory(_temp.Combine("repo")).FullName;
        GitRepo.Init(_repo);
        _baton = new CliRunner(_repo);
    }

    public void Dispose() => _temp.Dispose();

    private string HookPath => Path.Combine(_repo, ".git", "hooks", "pre-commit");

    [Fact]
    public async Task InstalledHook_StagedSecret_StopsTheCommit_CleanCommitGoesThrough()
    {
        Assert.Equal(0, (await _baton.RunAsync("hooks", "install")).ExitCode);
        var bin = BatonOnPath();
        var token = FakeSecrets.GitHubToken(11);
        await File.WriteAllTextAsync(Path.Combine(_repo, "config.env"), $"GITHUB_TOKEN={token}\n", TestContext.Current.CancellationToken);
        GitRepo.Git(_repo, "add", "config.env");

        var blocked = Commit(bin, "add config");

        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("config.env:1:14\tgithub-token", blocked.Error, StringComparison.Ordinal);
        Assert.Contains("The commit was stopped", blocked.Error, StringComparison.Ordinal);
        Assert.Contains("git commit --no-verify", blocked.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(token, blocked.Error, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => GitRepo.Git(_repo, "rev-parse", "--verify", "-q", "HEAD"));

        await File.WriteAllTextAsync(Path.Combine(_repo, "config.env"), "GITHUB_TOKEN=${GITHUB_TOKEN}\n", TestContext.Current.CancellationToken);
        GitRepo.Git(_repo, "add", "config.env");
        var clean = Commit(bin, "add config");

        Assert.True(clean.ExitCode == 0, clean.Error);
        Assert.Contains("no findings", clean.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledHook_CommitAll_ScansTheIndexGitBuildsForIt()
    {
        await File.WriteAllTextAsync(Path.Combine(_repo, "app.env"), "NAME=shop\n", TestContext.Current.CancellationToken);
        GitRepo.Commit(_repo, "first");
        Assert.Equal(0, (await _baton.RunAsync("hooks", "install")).ExitCode);
        var bin = BatonOnPath();
        await File.WriteAllTextAsync(Path.Combine(_repo, "app.env"), $"NAME=shop\nTOKEN={FakeSecrets.GitHubToken(12)}\n", TestContext.Current.CancellationToken);

        // Nothing is staged by hand: `commit -a` stages into a temporary index (GIT_INDEX_FILE), which the scan must read.
        var blocked = Commit(bin, "second", "-a");

        Assert.Equal(1, blocked.ExitCode);
        Assert.Contains("app.env:2:7\tgithub-token", blocked.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledHook_BatonNotOnPath_StopsTheCommitAndSaysWhy()
    {
        Assert.Equal(0, (await _baton.RunAsync("hooks", "install")).ExitCode);
        await File.WriteAllTextAsync(Path.Combine(_repo, "a.txt"), "a\n", TestContext.Current.CancellationToken);
        GitRepo.Git(_repo, "add", "a.txt");

        var result = Commit(binDirectory: null, "a");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'baton' is not on PATH", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_Twice_IsIdempotent_UninstallRemovesIt()
    {
        var first = await _baton.RunAsync("hooks", "install");
        var second = await _baton.RunAsync("hooks", "install", "--json");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Installed Baton's pre-commit hook", first.Out, StringComparison.Ordinal);
        Assert.Contains("`baton` is not on PATH here", first.Error, StringComparison.Ordinal); // the runner's PATH is empty
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("\"status\": \"unchanged\"", second.Out, StringComparison.Ordinal);
        Assert.True(File.GetUnixFileMode(HookPath).HasFlag(UnixFileMode.UserExecute));

        Assert.Equal(0, (await _baton.RunAsync("hooks", "uninstall")).ExitCode);
        Assert.False(File.Exists(HookPath));
        Assert.Contains("nothing to remove", (await _baton.RunAsync("hooks", "uninstall")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_ForeignHook_RefusedWithoutForce_KeptAsBackupWithIt_RestoredOnUninstall()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(HookPath)!);
        const string foreign = "#!/bin/sh\necho lint\n";
        await File.WriteAllTextAsync(HookPath, foreign, TestContext.Current.CancellationToken);

        var refused = await _baton.RunAsync("hooks", "install");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("was not installed by Baton", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(foreign, await File.ReadAllTextAsync(HookPath, TestContext.Current.CancellationToken));
        Assert.Contains("not Baton's; left it alone", (await _baton.RunAsync("hooks", "uninstall")).Out, StringComparison.Ordinal);
        Assert.True(File.Exists(HookPath));

        Assert.Equal(0, (await _baton.RunAsync("hooks", "install", "--force")).ExitCode);
        Assert.Contains("baton scan --staged", await File.ReadAllTextAsync(HookPath, TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(foreign, await File.ReadAllTextAsync(HookPath + ".baton-backup", TestContext.Current.CancellationToken));

        Assert.Equal(0, (await _baton.RunAsync("hooks", "uninstall")).ExitCode);
        Assert.Equal(foreign, await File.ReadAllTextAsync(HookPath, TestContext.Current.CancellationToken));
        Assert.False(File.Exists(HookPath + ".baton-backup"));
    }

    [Fact]
    public async Task Install_RespectsCoreHooksPath_FromASubfolder()
    {
        GitRepo.Git(_repo, "config", "core.hooksPath", ".githooks");
        _baton.Directory = Directory.CreateDirectory(Path.Combine(_repo, "src", "app")).FullName;

        var result = await _baton.RunAsync("hooks", "install");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_repo, ".githooks", "pre-commit")));
        Assert.False(File.Exists(HookPath));
    }

    [Fact]
    public async Task Install_OutsideGit_Exits2()
    {
        _baton.Directory = Directory.CreateDirectory(_temp.Combine("plain")).FullName;

        var result = await _baton.RunAsync("hooks", "install");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not in a git repository", result.Error, StringComparison.Ordinal);
    }

    /// <summary>A folder holding a <c>baton</c> that runs the CLI built with the tests.</summary>
    private string BatonOnPath()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "baton.exe" : "baton");
        Assert.True(File.Exists(apphost), $"the baton apphost is not next to the tests: {apphost}");
        var bin = Directory.CreateDirectory(_temp.Combine("bin")).FullName;
        var script = Path.Combine(bin, "baton");
        File.WriteAllText(script, $"#!/bin/sh\nexec \"{apphost}\" \"$@\"\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return bin;
    }

    /// <summary>Runs <c>git commit</c> with PATH holding only <paramref name="binDirectory"/> (if any) and the folders git and sh need.</summary>
    private (int ExitCode, string Error) Commit(string? binDirectory, string message, params string[] options)
    {
        var git = Path.GetDirectoryName(Which("git") ?? "/usr/bin/git")!;
        var start = new ProcessStartInfo("git") { WorkingDirectory = _repo, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "commit", "-q", "-m", message }.Concat(options))
            start.ArgumentList.Add(arg);
        // The apphost finds the runtime through PATH when DOTNET_ROOT is not set, so dotnet's folder comes along with baton.
        var dotnet = binDirectory is null ? null : Which("dotnet") is { } found ? Path.GetDirectoryName(found) : null;
        start.Environment["PATH"] = string.Join(':', new[] { binDirectory, git, dotnet, "/usr/bin", "/bin" }.Where(p => p is not null).Distinct());
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, program)).FirstOrDefault(File.Exists);
}
