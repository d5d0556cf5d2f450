using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Baton.Packing.Tokens;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

public sealed class PackCommandTests : IAsyncLifetime
{
    private const string AwsKey = "AKIAQ7Z3LMXW5RB2KD4N";

    private readonly TempDirectory _temp = new();
    private readonly TempDirectory _out = new();
    private CliRunner _cli = null!;

    public async ValueTask InitializeAsync()
    {
        // The packed folder is the workspace; the user's data folder (the vault's key) lives elsewhere, as it does for real.
        _cli = new CliRunner(_temp.Path);
        _cli.Variables["XDG_DATA_HOME"] = _out.Combine("xdg-data");
        var init = await _cli.RunAsync("init", "--here");
        Assert.True(init.ExitCode == 0, init.ToString());
    }

    public ValueTask DisposeAsync()
    {
        // Names that are not UTF-8 cannot be deleted by .NET; rm can.
        using (var rm = System.Diagnostics.Process.Start("rm", ["-rf", _temp.Path]))
            rm?.WaitForExit();
        _temp.Dispose();
        _out.Dispose();
        return ValueTask.CompletedTask;
    }

    private string Write(string name, string text)
    {
        var path = _temp.Combine(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return name;
    }

    private async Task<JsonElement> PackAsync(params string[] args)
    {
        var result = await _cli.RunAsync(["pack", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private string O(string name) => _out.Combine(name);

    private static int Count(string text, string encoding = "o200k_base") => TiktokenCounter.For(encoding).Count(text);

    [Theory]
    [InlineData("markdown")]
    [InlineData("xml")]
    [InlineData("json")]
    public async Task Pack_EachStyle_TrueCountIsTheCountOfTheWrittenBytes_AndTheDocumentParses(string style)
    {
        Write("src/a.cs", "class A { string s = \"]]>\"; } // ``` and ```` fences\n");
        Write("src/b.txt", "control \u0001 char and tab\t and \"quotes\" & <tags>\nno final newline");
        Write("README.md", "# Title\n\n```\ncode\n```\n");
        Write("empty.txt", "");

        var summary = await PackAsync("--style", style, "--out", O("pack.out"));

        var text = await File.ReadAllTextAsync(O("pack.out"), TestContext.Current.CancellationToken);
        Assert.Equal(Count(text), summary.GetProperty("tokens").GetInt64());
        Assert.Equal(Encoding.UTF8.GetByteCount(text), summary.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(O("pack.out"), TestContext.Current.CancellationToken))), summary.GetProperty("sha256").GetString());
        Assert.Equal(4, summary.GetProperty("files").GetProperty("included").GetInt32());
        switch (style)
        {
            case "xml":
                var xml = XDocument.Parse(text);
                var a = xml.Root!.Elements("file").Single(f => (string?)f.Attribute("path") == "src/a.cs");
                Assert.Contains("\"]]>\"", a.Value, StringComparison.Ordinal);
                var b = xml.Root.Elements("file").Single(f => (string?)f.Attribute("path") == "src/b.txt");
                Assert.Equal("1", (string?)b.Attribute("replacedCharacters"));
                Assert.Contains("\"quotes\" & <tags>", b.Value, StringComparison.Ordinal);
                break;
            case "json":
                var sections = JsonDocument.Parse(text).RootElement.GetProperty("sections");
                var file = sections.EnumerateArray().Single(s => s.TryGetProperty("path", out var p) && p.GetString() == "src/b.txt");
                Assert.Equal("control \u0001 char and tab\t and \"quotes\" & <tags>\nno final newline", file.GetProperty("content").GetString());
                break;
            default:
                // The fence around a.cs is longer than the longest backtick run inside it.
                Assert.Contains("`````csharp\nclass A", text, StringComparison.Ordinal);
                Assert.Contains("````markdown\n", text.Replace("````\n# Title", "````markdown\n# Title", StringComparison.Ordinal), StringComparison.Ordinal);
                break;
        }
    }

    [Fact]
    public async Task Pack_SecretInAFile_IsRedactedForExternalAi_AndTheManifestCountsIt()
    {
        Write("config.env", $"aws_access_key_id = {AwsKey}\nregion = eu-west-1\n");

        var summary = await PackAsync("--out", O("pack.md"));

        var text = await File.ReadAllTextAsync(O("pack.md"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(AwsKey, text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:aws-access-key-id]", text, StringComparison.Ordinal);
        Assert.Equal(1, summary.GetProperty("redactions").GetProperty("aws-access-key-id").GetInt32());
        var show = await _cli.RunAsync("pack", "show", summary.GetProperty("shortId").GetString()!, "--json");
        var manifest = JsonDocument.Parse(show.Out).RootElement;
        Assert.Equal(1, manifest.GetProperty("boundary").GetProperty("findingsByRule").GetProperty("aws-access-key-id").GetInt32());
        Assert.DoesNotContain(AwsKey, show.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_FileThatGainsASecretAfterAPack_IsScannedAgainAndRedacted()
    {
        Write("config.env", "region = eu-west-1\n");
        Write("notes.txt", "nothing to see\n");
        var first = await PackAsync("--out", O("first.md"));
        Assert.Equal(0, first.GetProperty("cache").GetProperty("knownClean").GetInt32());

        Write("config.env", $"aws_access_key_id = {AwsKey}\nregion = eu-west-1\n");
        var second = await PackAsync("--out", O("second.md"));

        var text = await File.ReadAllTextAsync(O("second.md"), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(AwsKey, text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:aws-access-key-id]", text, StringComparison.Ordinal);
        Assert.Equal(1, second.GetProperty("redactions").GetProperty("aws-access-key-id").GetInt32());
        Assert.Equal(1, second.GetProperty("cache").GetProperty("knownClean").GetInt32());
    }

    [Fact]
    public async Task Pack_FileSensitivityFromBatonYaml_WithholdsFilesAboveTheTargetsCeiling()
    {
        await File.AppendAllTextAsync(_temp.Combine(".baton/baton.yaml"), "\nsensitivity:\n  paths:\n    \"ops/**\": confidential\n", TestContext.Current.CancellationToken);
        Write("ops/runbook.md", "restart the primary first\n");
        Write("src/app.py", "print('hi')\n");

        var external = await PackAsync("--out", O("external.md"));
        var team = await PackAsync("--target", "team", "--out", O("team.md"));

        Assert.DoesNotContain("restart the primary", await File.ReadAllTextAsync(O("external.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Contains(external.GetProperty("withheld").EnumerateArray(), w => w.GetProperty("reference").GetString() == "ops/runbook.md"
            && w.GetProperty("sensitivity").GetString() == "confidential");
        Assert.Contains("restart the primary", await File.ReadAllTextAsync(O("team.md"), TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Empty(team.GetProperty("withheld").EnumerateArray());
    }

    [Fact]
    public async Task Pack_UnknownTarget_ExitsTwoListingTheKnownOnes()
    {
        var result = await _cli.RunAsync("pack", "--target", "mars");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("external-ai", result.Error, StringComparison.Ordinal);
        Assert.Contains("team", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_InvalidGlob_ExitsTwo()
    {
        var result = await _cli.RunAsync("pack", "--exclude", "src/[a");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not closed", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_DiffOutsideGit_ExitsTwo()
    {
        var result = await _cli.RunAsync("pack", "--diff", "main");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a git repository", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_DiffInGit_AddsTheDiffAndRanksChangedFilesFirst_UnknownRefExitsTwo()
    {
        GitRepo.Init(_temp.Path);
        Write("a.txt", "one\n");
        Write("z.txt", "zed\n");
        GitRepo.Commit(_temp.Path, "first");
        Write("z.txt", "zed changed\n");

        var unknown = await _cli.RunAsync("pack", "--diff", "no-such-branch");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no-such-branch", unknown.Error, StringComparison.Ordinal);

        var summary = await PackAsync("--diff", "HEAD", ".", "--budget", "400", "--out", O("pack.md"));
        var text = await File.ReadAllTextAsync(O("pack.md"), TestContext.Current.CancellationToken);
        Assert.Contains("+zed changed", text, StringComparison.Ordinal);
        Assert.Contains("## File: z.txt", text, StringComparison.Ordinal);
        Assert.True(summary.GetProperty("tokens").GetInt64() <= 400);
    }

    [Fact]
    public async Task Pack_RepositoryRoot_AsksGitEachQuestionOnce()
    {
        GitRepo.Init(_temp.Path);
        Write("a.txt", "one\n");
        GitRepo.Commit(_temp.Path, "first");
        using var scope = Baton.Git.GitProbeScope.Begin(); // counts the git processes of the command's own scope

        var result = await _cli.RunAsync("pack", "--out", O("pack.md"));

        Assert.True(result.ExitCode == 0, result.ToString());
        // The author, the pack's git facts and the selection all ask about this folder: rev-parse and config once,
        // then status, core.excludesFile, core.ignoreCase and ls-files (ten processes before they were shared).
        Assert.Equal(6, scope.GitRuns);
    }

    [Fact]
    public async Task Pack_BudgetTooSmallForANamedItem_ExitsTwoWithTheTokensItNeeds()
    {
        var add = await _cli.RunAsync("add", "note", "--title", "Retry policy", "--body", string.Join(' ', Enumerable.Repeat("retry with jittered backoff", 200)), "--json");
        var id = JsonDocument.Parse(add.Out).RootElement.GetProperty("id").GetString()!;

        var result = await _cli.RunAsync("pack", "--item", id, "--budget", "100", "--out", O("pack.md"));

        Assert.Equal(2, result.ExitCode);
        Assert.Matches("it needs [0-9]+ tokens", result.Error);
        Assert.False(File.Exists(O("pack.md")));
    }

    [Fact]
    public async Task Pack_Budget_TruncatesAtALineWithAMarker_DropsTheRest_AndListsThem()
    {
        Write("a.txt", string.Join('\n', Enumerable.Range(1, 400).Select(i => $"line {i} of the first file")) + "\n");
        Write("b.txt", string.Join('\n', Enumerable.Range(1, 400).Select(i => $"line {i} of the second file")) + "\n");

        var summary = await PackAsync("--budget", "1500", "--out", O("pack.md"));

        var text = await File.ReadAllTextAsync(O("pack.md"), TestContext.Current.CancellationToken);
        var tokens = Count(text);
        Assert.Equal(summary.GetProperty("tokens").GetInt64(), tokens);
        Assert.True(tokens <= 1500, $"{tokens} tokens");
        Assert.Contains("[baton: truncated: lines 1-", text, StringComparison.Ordinal);
        var leftOut = summary.GetProperty("leftOut").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("status").GetString());
        Assert.Equal("truncated", leftOut["a.txt"]);
        Assert.Equal("dropped", leftOut["b.txt"]);
        Assert.DoesNotContain("of the second file", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("xml")]
    [InlineData("json")]
    public async Task Pack_Split_EveryPartIsAtMostNTokens_AndALargeFileIsCutAtLinesWithMarkers(string style)
    {
        for (var f = 0; f < 6; f++)
            Write($"f{f}.txt", string.Join('\n', Enumerable.Range(1, 30).Select(i => $"file {f} line {i} words words")) + "\n");
        Write("big.txt", string.Join('\n', Enumerable.Range(1, 600).Select(i => $"big line {i} with some more words")) + "\n");

        var summary = await PackAsync("--split", "1200", "--style", style, "--out", O("pack.out"));

        var parts = summary.GetProperty("parts").EnumerateArray().ToList();
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        long total = 0;
        var all = new StringBuilder();
        for (var p = 1; p <= parts.Count; p++)
        {
            var text = await File.ReadAllTextAsync(O($"pack.{p}.out"), TestContext.Current.CancellationToken);
            var tokens = Count(text);
            Assert.True(tokens <= 1200, $"part {p}: {tokens} tokens");
            Assert.Equal(parts[p - 1].GetProperty("tokens").GetInt64(), tokens);
            total += tokens;
            all.Append(text);
            if (style == "xml")
                XDocument.Parse(text);
            else if (style == "json")
                JsonDocument.Parse(text).Dispose();
        }

        Assert.Equal(summary.GetProperty("tokens").GetInt64(), total);
        Assert.False(File.Exists(O("pack.out")));
        Assert.Contains("continued in part", all.ToString(), StringComparison.Ordinal);
        for (var i = 1; i <= 600; i++)
            Assert.Contains($"big line {i} with", all.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_SplitWithoutOut_ExitsTwo()
    {
        var result = await _cli.RunAsync("pack", "--split", "1000");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--out", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_SplitSmallerThanOneLongLine_ExitsTwoSayingWhatItNeeds()
    {
        Write("min.js", string.Concat(Enumerable.Repeat("var a=1;", 2000)) + "\n");
        var result = await _cli.RunAsync("pack", "--split", "500", "--out", O("pack.md"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 1 of min.js", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_out.Path));
    }

    [Fact]
    public async Task Pack_AwkwardEntries_AreReportedWithReasons_FifoBrokenLinkHugeFile()
    {
        Write("ok.txt", "fine\n");
        File.CreateSymbolicLink(_temp.Combine("dangling"), "missing.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", _temp.Combine("pipe"))!)
        {
            await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using (var huge = File.Create(_temp.Combine("huge.bin")))
            huge.SetLength(1L << 30);

        var summary = await PackAsync("--out", O("pack.md"), "--follow-symlinks");

        var skipped = summary.GetProperty("skipped").EnumerateArray().ToDictionary(s => s.GetProperty("path").GetString()!, s => s.GetProperty("reason").GetString());
        Assert.Equal("broken-symlink", skipped["dangling"]);
        Assert.Equal("not-regular-file", skipped["pipe"]);
        Assert.Equal("too-large", skipped["huge.bin"]);
        Assert.Equal(1, summary.GetProperty("files").GetProperty("included").GetInt32());
    }

    [Fact]
    public async Task Pack_NamesWithNewlinesAndInvalidUtf8_RenderSafelyInEveryStyle()
    {
        Write("new\nline.txt", "content of the newline file\n");
        Write("tab\tand \"quote\" <x>.txt", "content of the tab file\n");
        // A name that is not valid UTF-8: made with raw bytes, which .NET cannot open by name.
        var bad = Encoding.UTF8.GetBytes(_temp.Path + "/bad-").Concat(new byte[] { 0xFF, 0xFE }).Concat(".txt\0"u8.ToArray()).ToArray();
        Assert.True(Creat(bad) >= 0);

        foreach (var style in new[] { "markdown", "xml", "json" })
        {
            var summary = await PackAsync("--style", style, "--out", O("pack.") + style);
            var text = await File.ReadAllTextAsync(O("pack." + style), TestContext.Current.CancellationToken);
            Assert.Equal(Count(text), summary.GetProperty("tokens").GetInt64());
            Assert.Contains(summary.GetProperty("skipped").EnumerateArray(), s => s.GetProperty("reason").GetString() == "invalid-name");
            switch (style)
            {
                case "markdown":
                    Assert.Contains("## File: new\\nline.txt\n", text, StringComparison.Ordinal);
                    break;
                case "xml":
                    var paths = XDocument.Parse(text).Root!.Elements("file").Select(f => (string?)f.Attribute("path")).ToList();
                    Assert.Contains("new\nline.txt", paths);
                    Assert.Contains("tab\tand \"quote\" <x>.txt", paths);
                    break;
                default:
                    var names = JsonDocument.Parse(text).RootElement.GetProperty("sections").EnumerateArray()
                        .Where(s => s.TryGetProperty("path", out _)).Select(s => s.GetProperty("path").GetString()).ToList();
                    Assert.Contains("new\nline.txt", names);
                    break;
            }
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "creat", SetLastError = true)]
    private static extern int Creat(byte[] path, int mode = 0x1A4);

    [Fact]
    public async Task Pack_OneLineOf50MB_WithARaisedLimit_IsPackedWithAnExactCount()
    {
        var line = new StringBuilder(50 << 20);
        var random = new Random(7);
        while (line.Length < 50 << 20)
            line.Append(random.Next(0, 1_000_000)).Append(',');
        Write("one-line.csv", line.ToString());

        var summary = await PackAsync("one-line.csv", "--max-file-size", "60M", "--target", "local", "--out", O("pack.md"));

        var text = await File.ReadAllTextAsync(O("pack.md"), TestContext.Current.CancellationToken);
        Assert.Equal(Count(text), summary.GetProperty("tokens").GetInt64());
        Assert.Equal(1, summary.GetProperty("files").GetProperty("included").GetInt32());
    }

    [Fact]
    public async Task Pack_Items_NamedFirst_AboveTheCeilingWithheld_PromptAsInstructions()
    {
        var note = JsonDocument.Parse((await _cli.RunAsync("add", "note", "--title", "Retry policy", "--body", "Retry three times.", "--tag", "payments", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        var secret = JsonDocument.Parse((await _cli.RunAsync("add", "note", "--title", "Keys", "--body", "top secret", "--tag", "payments", "--sensitivity", "secret", "--json")).Out).RootElement.GetProperty("id").GetString()!;
        await _cli.RunWithInputAsync("---\ntitle: Review\n---\nReview the retry code carefully.\n", "prompt", "add", "review");

        var summary = await PackAsync("--item", note[..10], "--tag", "payments", "--prompt", "review", "--style", "xml", "--out", O("pack.xml"));

        var xml = XDocument.Parse(await File.ReadAllTextAsync(O("pack.xml"), TestContext.Current.CancellationToken));
        Assert.Contains("Review the retry code carefully.", xml.Root!.Element("instructions")!.Value, StringComparison.Ordinal);
        Assert.Equal(note, (string?)xml.Root.Element("item")!.Attribute("id"));
        Assert.DoesNotContain("top secret", xml.ToString(), StringComparison.Ordinal);
        Assert.Contains(summary.GetProperty("withheld").EnumerateArray(), w => w.GetProperty("reference").GetString() == secret);
    }

    [Fact]
    public async Task Pack_SecondRun_ReusesCachedCounts()
    {
        Write("a.txt", "alpha\n");
        Write("b.txt", "beta\n");
        var cold = await PackAsync("--out", O("pack.md"), "--top", "5");
        var warm = await PackAsync("--out", O("pack.md"), "--top", "5");
        Assert.True(cold.GetProperty("cache").GetProperty("misses").GetInt32() >= 2);
        Assert.True(warm.GetProperty("cache").GetProperty("hits").GetInt32() >= 2);
        // Each pack's header holds its own id, so only the files' counts compare.
        Assert.Equal(cold.GetProperty("top").GetRawText(), warm.GetProperty("top").GetRawText());
    }

    [Fact]
    public async Task Rebuild_SameInputs_IdenticalBytes_ChangedFile_ExitsOneNamingIt()
    {
        Write("a.txt", "alpha with jane.doe@example.com\n");
        Write("b.txt", "beta\n");
        var summary = await PackAsync("--out", O("pack.md"));
        var id = summary.GetProperty("shortId").GetString()!;

        var same = await _cli.RunAsync("pack", "rebuild", id, "--out", O("again.md"));
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(O("pack.md"), TestContext.Current.CancellationToken), await File.ReadAllBytesAsync(O("again.md"), TestContext.Current.CancellationToken));
        Assert.Contains("identical", same.Error, StringComparison.Ordinal);

        Write("b.txt", "beta, edited\n");
        var changed = await _cli.RunAsync("pack", "rebuild", id, "--out", O("again.md"));
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("file changed: b.txt", changed.Error, StringComparison.Ordinal);

        var list = await _cli.RunAsync("pack", "list", "--json");
        Assert.Single(JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
    }

    [Fact]
    public async Task Pack_Cl100kAndARange_CountsTheBytesWithThatEncoding()
    {
        GitRepo.Init(_temp.Path);
        Write("a.txt", "one\n");
        var first = GitRepo.Commit(_temp.Path, "first");
        Write("a.txt", "one\ntwo\n");
        var second = GitRepo.Commit(_temp.Path, "second");

        var summary = await PackAsync("--diff", $"{first}..{second}", "--encoding", "cl100k_base", "--line-numbers", "--out", O("pack.md"));

        var text = await File.ReadAllTextAsync(O("pack.md"), TestContext.Current.CancellationToken);
        Assert.Equal(Count(text, "cl100k_base"), summary.GetProperty("tokens").GetInt64());
        Assert.Contains("+two", text, StringComparison.Ordinal);
        Assert.Contains("2: two", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_AfterAnItemIsEdited_UsesTheRecordedRevision_AndSaysItMoved()
    {
        var add = await _cli.RunAsync("add", "note", "--title", "Plan", "--body", "version one", "--json");
        var id = JsonDocument.Parse(add.Out).RootElement.GetProperty("id").GetString()!;
        var summary = await PackAsync("--item", id, "--out", O("pack.md"));
        await _cli.RunAsync("edit", id, "--body", "version two");

        var rebuilt = await _cli.RunAsync("pack", "rebuild", summary.GetProperty("id").GetString()!, "--out", O("again.md"));

        Assert.True(rebuilt.ExitCode == 0, rebuilt.ToString());
        var again = await File.ReadAllTextAsync(O("again.md"), TestContext.Current.CancellationToken);
        Assert.Contains("version one", again, StringComparison.Ordinal);
        Assert.DoesNotContain("version two", again, StringComparison.Ordinal);
        Assert.Contains($"item {id} moved from revision 1 to 2", rebuilt.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_OutInsideThePackedFolder_IsNeverPackedItself()
    {
        Write("a.txt", "alpha\n");
        Write("pack.3.md", "an old part\n");
        Write("pack.notes.md", "not a part\n");
        await PackAsync("--out", "pack.md");
        var again = await PackAsync("--out", "pack.md");

        Assert.Equal(2, again.GetProperty("files").GetProperty("included").GetInt32());
        Assert.Equal(2, again.GetProperty("skipped").EnumerateArray().Count(s => s.GetProperty("reason").GetString() == "pack-output"));
    }

    [Fact]
    public async Task Pack_WithoutOut_WritesThePackToStdout_AndJsonNeedsOut()
    {
        Write("a.txt", "alpha\n");
        var result = await _cli.RunAsync("pack");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# Context pack ", result.Out, StringComparison.Ordinal);
        Assert.Contains("alpha", result.Out, StringComparison.Ordinal);

        var json = await _cli.RunAsync("pack", "--json");
        Assert.Equal(2, json.ExitCode);
    }

    [Fact]
    public async Task Help_PackCommands_HaveExamplesAndOptions()
    {
        var help = await _cli.RunAsync("pack", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("EXAMPLES", help.Out, StringComparison.Ordinal);
        Assert.Contains("--budget", help.Out, StringComparison.Ordinal);
        foreach (var command in new[] { "list", "show", "rebuild" })
        {
            var result = await _cli.RunAsync("pack", command, "--help");
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("EXAMPLES", result.Out, StringComparison.Ordinal);
        }
    }
}
