using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>scan --staged</c> and <c>scan --diff</c>: content from git, findings on added lines only.</summary>
public sealed partial class ScanCommandTests
{
    [Fact]
    public async Task Staged_ReportsOnlyAddedLines_WithLineNumbersOfTheStagedVersion()
    {
        GitRepo.Init(_temp.Path);
        Write("app.env", $"OLD_TOKEN={Token}\nNAME=shop\n");
        GitRepo.Commit(_temp.Path);
        Write("app.env", $"# header\nOLD_TOKEN={Token}\nNAME=shop\nNEW_TOKEN={OtherToken}\n");
        GitRepo.Git(_temp.Path, "add", "app.env");
        Write("app.env", $"# header\nOLD_TOKEN={Token}\nNAME=shop\nNEW_TOKEN={OtherToken}\nUNSTAGED={FakeSecrets.GitHubToken(3)}\n");
        Write("untracked.env", $"T={FakeSecrets.GitHubToken(4)}\n");

        var result = await _baton.RunAsync("scan", "--staged", "--json");
        var scan = JsonDocument.Parse(result.Out).RootElement;

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["app.env:4:github-token"], Paths(scan));
        Assert.Equal("staged", scan.GetProperty("summary").GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Staged_NewFileInEmptyRepository_EveryLineCounts()
    {
        GitRepo.Init(_temp.Path);
        Write("dir with space/new é.env", $"A={Token}\nB={OtherToken}\n");
        GitRepo.Git(_temp.Path, "add", ".");

        Assert.Equal(["dir with space/new é.env:1:github-token", "dir with space/new é.env:2:github-token"], Paths(await JsonAsync("scan", "--staged")));
    }

    [Fact]
    public async Task Staged_AllowMarkerAndCleanChanges_Exit0()
    {
        GitRepo.Init(_temp.Path);
        Write("a.txt", "one\n");
        GitRepo.Commit(_temp.Path);
        Write("a.txt", $"one\nfixture = \"{Token}\" # baton:allow\n");
        Write("b.bin", [0, 1, 2, 3]);
        GitRepo.Git(_temp.Path, "add", ".");

        var result = await _baton.RunAsync("scan", "--staged", "--json");
        var scan = JsonDocument.Parse(result.Out).RootElement;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("binary", Skipped(scan, "b.bin").GetProperty("reason").GetString());
        Assert.Equal(1, scan.GetProperty("summary").GetProperty("suppressed").GetInt32());
    }

    [Fact]
    public async Task Staged_LineThatLooksLikeAPatchHeader_IsStillContent()
    {
        GitRepo.Init(_temp.Path);
        Write("notes.md", "intro\n");
        GitRepo.Commit(_temp.Path);
        Write("notes.md", $"intro\n++ b/other\n@@ -1 +1 @@\n\rline\ntoken {Token}\n");
        GitRepo.Git(_temp.Path, "add", ".");

        Assert.Equal(["notes.md:5:github-token"], Paths(await JsonAsync("scan", "--staged")));
    }

    [Fact]
    public async Task Staged_RenamedFile_ReportsOnlyWhatChanged()
    {
        GitRepo.Init(_temp.Path);
        var body = string.Concat(Enumerable.Range(1, 20).Select(i => $"setting{i} = value{i}\n"));
        Write("old/a.env", $"T={Token}\n{body}");
        Write("old/b.env", $"T={OtherToken}\n{body}");
        GitRepo.Commit(_temp.Path);
        Directory.CreateDirectory(_temp.Combine("new"));
        GitRepo.Git(_temp.Path, "mv", "old/a.env", "new/a.env");
        GitRepo.Git(_temp.Path, "mv", "old/b.env", "new/b.env");
        Write("new/b.env", $"T={OtherToken}\n{body}U={FakeSecrets.GitHubToken(8)}\n");
        GitRepo.Git(_temp.Path, "add", ".");

        Assert.Equal(["new/b.env:22:github-token"], Paths(await JsonAsync("scan", "--staged")));
    }

    [Fact]
    public async Task Diff_Range_ReportsLinesTheRangeAdded()
    {
        GitRepo.Init(_temp.Path);
        Write("app.env", $"OLD={Token}\n");
        var first = GitRepo.Commit(_temp.Path, "one");
        Write("app.env", $"OLD={Token}\nNEW={OtherToken}\n");
        Write("moved/config.yaml", "k: v\n");
        var second = GitRepo.Commit(_temp.Path, "two");
        Write("app.env", $"OLD={Token}\nNEW={OtherToken}\nWORK={FakeSecrets.GitHubToken(5)}\n");

        Assert.Equal(["app.env:2:github-token"], Paths(await JsonAsync("scan", "--diff", $"{first}..{second}")));
        Assert.Equal(["app.env:2:github-token"], Paths(await JsonAsync("scan", "--diff", "HEAD~1...HEAD")));
        // A single ref compares it with the working tree.
        Assert.Equal(["app.env:2:github-token", "app.env:3:github-token"], Paths(await JsonAsync("scan", "--diff", first)));
        var scan = await JsonAsync("scan", "--diff", "HEAD~1..HEAD");
        Assert.Equal("diff", scan.GetProperty("summary").GetProperty("scope").GetString());
        Assert.Equal("HEAD~1..HEAD", scan.GetProperty("summary").GetProperty("range").GetString());
    }

    [Fact]
    public async Task Commits_EachCommitOnItsOwn_FindsASecretALaterCommitRemoved()
    {
        GitRepo.Init(_temp.Path);
        Write("app.env", $"ROOT={Token}\n");
        var root = GitRepo.Commit(_temp.Path, "root");
        Write("app.env", $"ROOT={Token}\nLEAK={OtherToken}\n");
        var leak = GitRepo.Commit(_temp.Path, "leak");
        Write("app.env", $"ROOT={Token}\n");
        GitRepo.Commit(_temp.Path, "remove the leak");

        var combined = await JsonAsync("scan", "--diff", $"{root}..HEAD");
        var result = await _baton.RunAsync("scan", "--commits", $"{root}..HEAD");
        var history = await JsonAsync("scan", "--commits", "HEAD");

        Assert.Empty(Paths(combined)); // the range as a whole adds nothing...
        Assert.Equal(1, result.ExitCode); // ...but one of its commits did
        var line = Assert.Single(result.Out.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"{leak[..12]}:app.env:2:6\tgithub-token", line, StringComparison.Ordinal);
        Assert.Equal(["app.env:2:github-token", "app.env:1:github-token"], Paths(history)); // newest first, the root commit too
        Assert.Equal([leak, root], history.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("commit").GetString()));
        Assert.Equal("commits", history.GetProperty("summary").GetProperty("scope").GetString());
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("HEAD..no-such-branch")]
    [InlineData("no-such-branch...HEAD")]
    public async Task DiffOrCommits_UnknownRef_Exits2NamingIt(string range)
    {
        GitRepo.Init(_temp.Path);
        Write("a.txt", "a\n");
        GitRepo.Commit(_temp.Path);

        foreach (var option in new[] { "--diff", "--commits" })
        {
            var result = await _baton.RunAsync("scan", option, range);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("unknown revision 'no-such-branch'", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--staged")]
    [InlineData("--diff", "HEAD")]
    [InlineData("--commits", "HEAD")]
    public async Task StagedOrDiff_OutsideGit_Exits2(params string[] args)
    {
        Write("a.txt", $"t={Token}\n");

        var result = await _baton.RunAsync(["scan", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a git repository", result.Error, StringComparison.Ordinal);
    }
}
