using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary>Baselines and the <c>privacy:</c> section of <c>.baton/baton.yaml</c>.</summary>
public sealed partial class ScanCommandTests
{
    [Fact]
    public async Task WriteBaseline_ThenScanWithIt_OnlyNewFindingsFail()
    {
        Write("old.env", $"TOKEN={Token}\nOWNER={Email}\n");

        var written = await _baton.RunAsync("scan", "--write-baseline", "baseline.txt");
        var accepted = await _baton.RunAsync("scan", "--baseline", "baseline.txt");
        Write("new.env", $"TOKEN={OtherToken}\n");
        var fresh = await _baton.RunAsync("scan", "--baseline", "baseline.txt", "--json");

        Assert.Equal(0, written.ExitCode);
        Assert.Contains("Wrote 2 accepted findings to", written.Error, StringComparison.Ordinal);
        var lines = (await File.ReadAllLinesAsync(_temp.Combine("baseline.txt"), TestContext.Current.CancellationToken)).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Matches("^[0-9a-f]{16}  github-token  old.env$", lines[0]);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("2 allowed", accepted.Error, StringComparison.Ordinal);
        Assert.Equal(1, fresh.ExitCode);
        Assert.Equal(["new.env:1:github-token"], Paths(JsonDocument.Parse(fresh.Out).RootElement));
    }

    [Fact]
    public async Task Baseline_Malformed_Exits2NamingFileAndLine()
    {
        Write("a.env", $"TOKEN={Token}\n");
        Write("baseline.txt", "# accepted\n0123456789abcdef  github-token\nnot-a-fingerprint  email\n");

        var result = await _baton.RunAsync("scan", "--baseline", "baseline.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baseline.txt:3:1: 'not-a-fingerprint' is not a fingerprint", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Baseline_Missing_Exits2()
    {
        Write("a.env", $"TOKEN={Token}\n");

        var result = await _baton.RunAsync("scan", "--baseline", "nope.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nope.txt (--baseline) does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkspaceSettings_AllowPathsPatternsAndBaseline_Apply()
    {
        GitRepo.Init(_temp.Path);
        Write(".baton/baton.yaml", """
            version: 1
            privacy:
              allow:
                paths: ["tests/fixtures/**"]
                patterns: ['dana\.ortiz@acme-corp\.io']
              baseline: .baton/privacy-baseline.txt
            """);
        Write("tests/fixtures/token.txt", $"t={Token}\n");
        Write("src/owner.txt", $"owner: {Email}\n");
        Write("src/accepted.env", $"T={OtherToken}\n");
        Write("src/new.env", $"T={FakeSecrets.GitHubToken(6)}\n");
        Assert.Equal(0, (await _baton.RunAsync("scan", "src/accepted.env", "--write-baseline", ".baton/privacy-baseline.txt")).ExitCode);

        // From a subfolder: paths, globs and the baseline are all relative to the workspace root.
        _baton.Directory = _temp.Combine("src");
        var scan = await JsonAsync("scan", "..");

        Assert.Equal(["src/new.env:1:github-token"], Paths(scan));
        Assert.Equal("allow-listed", Skipped(scan, "tests/fixtures/token.txt").GetProperty("reason").GetString());
        Assert.Equal(2, scan.GetProperty("summary").GetProperty("suppressed").GetInt32());
        Assert.False(File.Exists(_temp.Combine(".baton/baton.db")));
    }

    [Fact]
    public async Task WorkspaceSettings_BadPattern_Exits2AtItsLine()
    {
        Write(".baton/baton.yaml", "privacy:\n  allow:\n    patterns:\n      - 'ok'\n      - '(a)\\1'\n");
        Write("a.txt", "x\n");

        var result = await _baton.RunAsync("scan");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baton.yaml:5:9:", result.Error, StringComparison.Ordinal);
        Assert.Contains("not a usable regular expression", result.Error, StringComparison.Ordinal);
    }
}
