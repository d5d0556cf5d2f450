using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>baton scan</c> on real folders and real git repositories: findings, exit codes, output forms, baselines and settings.</summary>
public sealed partial class ScanCommandTests : IDisposable
{
    private static readonly string Token = FakeSecrets.GitHubToken(1);
    private static readonly string OtherToken = FakeSecrets.GitHubToken(2);
    private const string Email = "dana.ortiz@acme-corp.io";
    private const string UrlPassword = "Tq7vLx2pR9w";

    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public ScanCommandTests() => _baton = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    private void Write(string path, string content) => Write(path, Encoding.UTF8.GetBytes(content));

    private void Write(string path, byte[] content)
    {
        var full = _temp.Combine(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
    }

    private async Task<JsonElement> JsonAsync(params string[] args)
    {
        var result = await _baton.RunAsync([.. args, "--json"]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static string[] Paths(JsonElement scan) =>
        [.. scan.GetProperty("findings").EnumerateArray().Select(f => $"{f.GetProperty("path").GetString()}:{f.GetProperty("line").GetInt64()}:{f.GetProperty("ruleId").GetString()}")];

    private static JsonElement Skipped(JsonElement scan, string path) =>
        scan.GetProperty("skipped").EnumerateArray().Single(s => s.GetProperty("path").GetString() == path);

    [Fact]
    public async Task Scan_FileWithSecret_ReportsLocationAndExits1()
    {
        Write("config/app.yaml", $"name: shop\n  GITHUB_TOKEN: \"{Token}\"\n");

        var result = await _baton.RunAsync("scan");

        Assert.Equal(1, result.ExitCode);
        var fields = Assert.Single(result.Out.TrimEnd('\n').Split('\n')).Split('\t');
        Assert.Equal(["config/app.yaml:2:18", "github-token", "secret", "high"], fields[..4]);
        Assert.Equal(16, fields[4].Length);
        Assert.Equal("ghp_****", fields[5]);
        Assert.StartsWith("baton scan: 1 finding (1 secret) in 1 file of 1 scanned", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_CleanFolder_Exits0WithSummary()
    {
        Write("README.md", "# Shop\nNothing secret here.\n");
        Write("src/app.py", "password = os.environ['DB_PASSWORD']\n");

        var result = await _baton.RunAsync("scan");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("baton scan: no findings in 2 files scanned\n", result.Error);
    }

    [Fact]
    public async Task Scan_NeedsNoWorkspaceOrGit_AndNamedPathsLimitIt()
    {
        Write("a/one.env", $"TOKEN={Token}\n");
        Write("b/two.env", $"TOKEN={OtherToken}\n");

        Assert.Equal(["a/one.env:1:github-token", "b/two.env:1:github-token"], Paths(await JsonAsync("scan")));
        Assert.Equal(["b/two.env:1:github-token"], Paths(await JsonAsync("scan", "b")));
        Assert.Equal(["a/one.env:1:github-token"], Paths(await JsonAsync("scan", "a/one.env")));
        Assert.False(Directory.Exists(_temp.Combine(".baton")));
    }

    [Fact]
    public async Task Scan_Json_HasStableShapeAndNeverTheValue()
    {
        Write("app.env", $"GITHUB_TOKEN={Token}\nOWNER={Email}\n");
        Write("logo.png", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]);

        var result = await _baton.RunAsync("scan", "--json");

        Assert.Equal(1, result.ExitCode);
        var scan = JsonDocument.Parse(result.Out).RootElement;
        var findings = scan.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(2, findings.Count);
        var token = findings[0];
        Assert.Equal(["ruleId", "ruleName", "kind", "confidence", "path", "line", "column", "endLine", "endColumn", "fingerprint", "preview"],
            token.EnumerateObject().Select(p => p.Name));
        Assert.Equal("github-token", token.GetProperty("ruleId").GetString());
        Assert.Equal("secret", token.GetProperty("kind").GetString());
        Assert.Equal(14, token.GetProperty("column").GetInt64());
        Assert.Equal(14 + Token.Length, token.GetProperty("endColumn").GetInt64());
        Assert.Equal("personal-data", findings[1].GetProperty("kind").GetString());
        Assert.False(findings[1].TryGetProperty("preview", out _));
        Assert.Equal("binary", Skipped(scan, "logo.png").GetProperty("reason").GetString());
        var summary = scan.GetProperty("summary");
        Assert.Equal("files", summary.GetProperty("scope").GetString());
        Assert.Equal(2, summary.GetProperty("findings").GetInt32());
        Assert.Equal(1, summary.GetProperty("secrets").GetInt32());
        Assert.Equal(1, summary.GetProperty("personalData").GetInt32());
        Assert.Equal(1, summary.GetProperty("filesScanned").GetInt32());
        Assert.Equal(1, summary.GetProperty("filesSkipped").GetInt32());
        Assert.DoesNotContain(Token, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_SecretValue_NeverInAnyOutput()
    {
        Write("app.env", $"GITHUB_TOKEN={Token}\nOWNER={Email}\nDATABASE_URL=postgres://app:{UrlPassword}@db.acme.io/orders\n");
        Write("weird name é.txt", $"k={OtherToken}\n");
        var outputs = new List<CliResult>
        {
            await _baton.RunAsync("scan"),
            await _baton.RunAsync("scan", "--verbose"),
            await _baton.RunAsync("scan", "--json"),
            await _baton.RunAsync("scan", "--sarif"),
        };
        _baton.OutputIsTerminal = true;
        outputs.Add(await _baton.RunAsync("scan"));
        outputs.Add(await _baton.RunAsync("scan", "--write-baseline", "baseline.txt"));
        var baseline = await File.ReadAllTextAsync(_temp.Combine("baseline.txt"), TestContext.Current.CancellationToken);

        foreach (var output in outputs.Select(o => o.Out + o.Error).Append(baseline))
        {
            foreach (var value in new[] { Token, OtherToken, Email, UrlPassword, Token[4..12], "acme-corp" })
                Assert.DoesNotContain(value, output, StringComparison.Ordinal);
        }

        Assert.Contains("ghp_****", outputs[4].Out, StringComparison.Ordinal); // the table on a terminal
        Assert.Contains("Location", outputs[4].Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_NamesWithSpacesAndUnicode_ReportedAsTheyAre()
    {
        Write("my docs/ünïcødé notes.md", $"token {Token}\n");

        var json = await JsonAsync("scan");
        var sarif = JsonDocument.Parse((await _baton.RunAsync("scan", "--sarif")).Out).RootElement;

        Assert.Equal(["my docs/ünïcødé notes.md:1:github-token"], Paths(json));
        var uri = sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("my%20docs/%C3%BCn%C3%AFc%C3%B8d%C3%A9%20notes.md", uri);
        Assert.Equal("my docs/ünïcødé notes.md", System.Uri.UnescapeDataString(uri!));
    }

    [Fact]
    public async Task Scan_InvalidUtf8_ScansTheRestAndSaysSo()
    {
        Write("legacy.c", [.. "/* caf"u8, 0xE9, .. " */\n"u8, .. Encoding.ASCII.GetBytes($"token = \"{Token}\";\n")]);

        var result = await _baton.RunAsync("scan", "--json");
        var scan = JsonDocument.Parse(result.Out).RootElement;

        Assert.Equal(["legacy.c:2:github-token"], Paths(scan));
        Assert.Equal(1, scan.GetProperty("summary").GetProperty("filesWithInvalidUtf8").GetInt32());
        Assert.Contains("1 file with invalid UTF-8", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_TenMegabyteSingleLine_FindsTheSecretAtItsEnd()
    {
        var padding = new string('a', 10 << 20);
        Write("bundle.min.js", $"var x=\"{padding}\";var t=\"{Token}\";");

        var scan = await JsonAsync("scan");

        var finding = Assert.Single(scan.GetProperty("findings").EnumerateArray());
        Assert.Equal(1, finding.GetProperty("line").GetInt64());
        Assert.Equal(padding.Length + 17, finding.GetProperty("column").GetInt64());
        Assert.Equal("ghp_****", finding.GetProperty("preview").GetString());
    }

    [Fact]
    public async Task Scan_BinaryTooLargeFifoAndSymlink_SkippedWithReasons()
    {
        Write("image.bin", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
        Write("big.txt", Encoding.ASCII.GetBytes(new string('x', 2000)));
        Write("ok.txt", "fine\n");
        File.CreateSymbolicLink(_temp.Combine("link.txt"), "ok.txt");
        var fifo = OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();
        if (fifo)
            Process.Start("mkfifo", [_temp.Combine("pipe")]).WaitForExit();

        var result = await _baton.RunAsync("scan", "--json", "--max-file-size", "1000");
        var scan = JsonDocument.Parse(result.Out).RootElement;

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("binary", Skipped(scan, "image.bin").GetProperty("reason").GetString());
        Assert.Equal("too-large", Skipped(scan, "big.txt").GetProperty("reason").GetString());
        Assert.Equal("symlink", Skipped(scan, "link.txt").GetProperty("reason").GetString());
        if (fifo)
            Assert.Equal("not-regular-file", Skipped(scan, "pipe").GetProperty("reason").GetString());
        Assert.Equal(1, scan.GetProperty("summary").GetProperty("filesScanned").GetInt32());
        var verbose = await _baton.RunAsync("scan", "--verbose", "--max-file-size", "1000");
        Assert.Contains("skipped  big.txt  too-large: 2 KB, over the 1000 bytes limit", verbose.Error, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Scan_UnreadableFile_ReportedAsUnreadable()
    {
        Write("secret.env", $"TOKEN={Token}\n");
        File.SetUnixFileMode(_temp.Combine("secret.env"), UnixFileMode.None);

        var scan = await JsonAsync("scan");

        if (Environment.UserName == "root" || CanRead(_temp.Combine("secret.env")))
        {
            // Root reads a mode-000 file, and so does the scan: what it must not do is pass it over silently.
            Assert.Equal(["secret.env:1:github-token"], Paths(scan));
            return;
        }

        Assert.Equal("unreadable", Skipped(scan, "secret.env").GetProperty("reason").GetString());
        Assert.Empty(scan.GetProperty("findings").EnumerateArray());
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Scan_GitRepository_FollowsGitIgnoreAndDefaultIgnores()
    {
        GitRepo.Init(_temp.Path);
        Write(".gitignore", "local.env\n");
        Write("local.env", $"TOKEN={Token}\n");
        Write("node_modules/pkg/index.js", $"t='{OtherToken}'\n");
        Write("src/app.js", "ok\n");

        var scan = await JsonAsync("scan");
        var all = await JsonAsync("scan", "--no-default-ignores");
        var named = await JsonAsync("scan", "local.env");

        Assert.Empty(scan.GetProperty("findings").EnumerateArray());
        Assert.Equal("git-ignore", Skipped(scan, "local.env").GetProperty("reason").GetString());
        Assert.Equal("default-ignore", Skipped(scan, "node_modules").GetProperty("reason").GetString());
        Assert.Equal(["node_modules/pkg/index.js:1:github-token"], Paths(all));
        Assert.Equal(["local.env:1:github-token"], Paths(named));
    }

    [Fact]
    public async Task Scan_IncludeExcludeNoPersonalDataAndMinConfidence_Filter()
    {
        Write("a.env", $"TOKEN={Token}\nOWNER={Email}\n");
        Write("docs/b.md", $"token {OtherToken}\n");
        Write("c.env", "DB_PASSWORD=k9Qz7vXw2L\n");

        Assert.Equal(["a.env:1:github-token", "a.env:2:email", "c.env:1:generic-secret"], Paths(await JsonAsync("scan", "--exclude", "docs/")));
        Assert.Equal(["docs/b.md:1:github-token"], Paths(await JsonAsync("scan", "--include", "*.md")));
        Assert.Equal(["a.env:1:github-token", "c.env:1:generic-secret", "docs/b.md:1:github-token"], Paths(await JsonAsync("scan", "--no-personal-data")));
        var high = await JsonAsync("scan", "--min-confidence", "high");
        Assert.DoesNotContain("c.env:1:generic-secret", Paths(high));
        Assert.True(high.GetProperty("summary").GetProperty("belowConfidence").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("--staged", "--diff", "HEAD")]
    [InlineData("--diff", "HEAD", "--commits", "HEAD")]
    [InlineData("--json", "--sarif")]
    [InlineData("--min-confidence", "certain")]
    [InlineData("missing-file.txt")]
    [InlineData("--include", "src/[a")]
    public async Task Scan_BadUsage_Exits2WithOneLine(params string[] args)
    {
        var result = await _baton.RunAsync(["scan", .. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.StartsWith("baton: ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }
}
