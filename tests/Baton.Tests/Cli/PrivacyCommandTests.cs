using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>baton targets</c>, <c>baton redact</c> and <c>baton restore</c> on a real workspace, with the data folder outside it.</summary>
public sealed class PrivacyCommandTests : IDisposable
{
    private const string Token = "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";
    private const string Notes = "Call Dana on +44 20 7946 0958 or mail dana.ortiz@acme-corp.io.\ntoken: " + Token + "\n";

    private readonly TempDirectory _temp = new();
    private readonly TempDirectory _data = new();
    private readonly CliRunner _baton;

    public PrivacyCommandTests()
    {
        _baton = new CliRunner(_temp.Path);
        _baton.Variables["XDG_DATA_HOME"] = _data.Path;
    }

    public void Dispose()
    {
        _temp.Dispose();
        _data.Dispose();
    }

    private async Task InitAsync() => Assert.Equal(0, (await _baton.RunAsync("init", "--here")).ExitCode);

    private async Task<string> RedactAsync(string text)
    {
        File.WriteAllText(_temp.Combine("notes.md"), text);
        var result = await _baton.RunAsync("redact", "notes.md");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Out;
    }

    [Fact]
    public async Task Targets_Json_ListsBuiltInsAndTheWorkspacesOwn()
    {
        await InitAsync();
        File.AppendAllText(_temp.Combine(".baton/baton.yaml"), "\ntargets:\n  team:\n    personal_data: mask\n  vendor:\n    ceiling: public\n    description: the vendor\n");

        var result = await _baton.RunAsync("targets", "--json");

        Assert.Equal(0, result.ExitCode);
        var targets = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["external-ai", "local", "team", "vendor"], targets.Keys);
        Assert.Equal("mask", targets["team"].GetProperty("personalData").GetString());
        Assert.Equal("overridden", targets["team"].GetProperty("origin").GetString());
        Assert.Equal("public", targets["vendor"].GetProperty("ceiling").GetString());
        Assert.Equal("pseudonymise", targets["vendor"].GetProperty("personalData").GetString());
        Assert.Equal("baton.yaml", targets["vendor"].GetProperty("origin").GetString());
    }

    [Fact]
    public async Task Targets_BadSetting_Exit2WithFileLineAndColumn()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine(".baton/baton.yaml"), "targets:\n  team:\n    secrets: shred\n");

        var result = await _baton.RunAsync("targets");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baton.yaml:3:14: 'targets.team.secrets' is 'shred'; use one of: redact, mask, hash, pseudonymise, report", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedactThenRestore_GivesPersonalDataBackButNotSecrets()
    {
        await InitAsync();
        var cleared = await RedactAsync(Notes);
        Assert.Equal("Call Dana on <PHONE_NUMBER_1> or mail <EMAIL_1>.\ntoken: [REDACTED:github-token]\n", cleared);
        File.WriteAllText(_temp.Combine("answer.md"), "I'll mail <EMAIL_1> and call <PHONE_NUMBER_1>; <EMAIL_4> is new.\n" + cleared);

        var restored = await _baton.RunAsync("restore", "answer.md");

        Assert.Equal(0, restored.ExitCode);
        Assert.Equal("I'll mail dana.ortiz@acme-corp.io and call +44 20 7946 0958; <EMAIL_4> is new.\n" + Notes.Replace(Token, "[REDACTED:github-token]", StringComparison.Ordinal), restored.Out);
        Assert.Contains("vault does not know: <EMAIL_4>", restored.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_StdinToOutFile_JsonCounts()
    {
        await InitAsync();
        var cleared = await RedactAsync(Notes);

        var result = await _baton.RunWithInputAsync(cleared, "restore", "-", "--out", "restored.md", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(2, json.GetProperty("restored").GetInt32());
        Assert.Equal("restored.md", json.GetProperty("out").GetString());
        Assert.False(json.TryGetProperty("text", out _));
        Assert.Contains("dana.ortiz@acme-corp.io", File.ReadAllText(_temp.Combine("restored.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_WrongKey_Exit2AndNothingWrittenOrLost()
    {
        await InitAsync();
        var cleared = await RedactAsync(Notes);
        File.WriteAllText(_temp.Combine("answer.md"), cleared);
        var key = Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "baton", "keys")));
        var original = File.ReadAllText(key);
        File.WriteAllText(key, "# a key from another machine\n" + Convert.ToBase64String(new byte[32]) + "\n");

        var result = await _baton.RunAsync("restore", "answer.md", "--out", "answer.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not the one the workspace's pseudonym vault was sealed with", result.Error, StringComparison.Ordinal);
        Assert.Equal(cleared, File.ReadAllText(_temp.Combine("answer.md")));
        Assert.Equal("", result.Out);

        File.WriteAllText(key, original);
        Assert.Contains("dana.ortiz@acme-corp.io", (await _baton.RunAsync("restore", "answer.md")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_KeyMissing_Exit2SayingWhereToPutIt()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("answer.md"), await RedactAsync(Notes));
        var keys = Path.Combine(_data.Path, "baton", "keys");
        var key = Assert.Single(Directory.GetFiles(keys));
        File.Delete(key);

        var result = await _baton.RunAsync("restore", "answer.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(key, result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(keys));
    }

    [Fact]
    public async Task Restore_UnreadableVault_Exit2()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("answer.md"), await RedactAsync(Notes));
        File.WriteAllBytes(_temp.Combine(".baton/baton.db"), new byte[8192]);

        var result = await _baton.RunAsync("restore", "answer.md");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("baton: ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_NoPlaceholders_PrintsTheTextAndMakesNoKey()
    {
        await InitAsync();

        var result = await _baton.RunWithInputAsync("nothing to restore here\n", "restore");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("nothing to restore here\n", result.Out);
        Assert.False(Directory.Exists(Path.Combine(_data.Path, "baton", "keys")));
    }

    [Fact]
    public async Task Restore_NoInput_Exit2()
    {
        await InitAsync();

        var result = await _baton.RunAsync("restore");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baton restore answer.md", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_UnknownTarget_Exit2ListingTheKnownOnes()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("notes.md"), Notes);

        var result = await _baton.RunAsync("redact", "notes.md", "--target", "vendor");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("known targets: external-ai, local, team", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_Json_ReportsRulesWithoutValues()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("notes.md"), Notes);

        var result = await _baton.RunAsync("redact", "notes.md", "--target", "team", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("team", json.GetProperty("target").GetString());
        var rules = json.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("rule").GetString()!, r => r.GetProperty("action").GetString());
        Assert.Equal("redact", rules["github-token"]);
        Assert.Equal("report", rules["email"]);
        Assert.DoesNotContain(Token, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redact_TwoProcessesOnAFreshVault_OneKeyAndOnePlaceholderPerValue()
    {
        await InitAsync();
        var emails = Enumerable.Range(1, 25).Select(n => $"user{n}@northwind-traders.com").ToList();
        File.WriteAllLines(_temp.Combine("forward.txt"), emails);
        File.WriteAllLines(_temp.Combine("backward.txt"), Enumerable.Reverse(emails));
        var dll = Path.Combine(AppContext.BaseDirectory, "baton.dll");

        string[] names = ["forward", "backward"];
        var runs = await Task.WhenAll(names.Select(name => Task.Run(() =>
        {
            var start = new System.Diagnostics.ProcessStartInfo("dotnet") { WorkingDirectory = _temp.Path, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[dll, "redact", name + ".txt"])
                start.ArgumentList.Add(arg);
            start.Environment["HOME"] = _temp.Path;
            start.Environment["XDG_DATA_HOME"] = _data.Path;
            using var process = System.Diagnostics.Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
            return File.ReadAllLines(_temp.Combine(name + ".txt")).Zip(output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        }, TestContext.Current.CancellationToken)));

        var pairs = runs.SelectMany(r => r).Distinct().ToList();
        Assert.Equal(emails.Count, pairs.Count);
        Assert.Equal(emails.Count, pairs.Select(p => p.Second).Distinct().Count());
        Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "baton", "keys")));
    }

    [Fact]
    public async Task VaultStatus_KeyMissing_Exit1SayingWhatToDo()
    {
        await InitAsync();
        await RedactAsync(Notes);
        Assert.Contains("state:   ok", (await _baton.RunAsync("vault", "status")).Out, StringComparison.Ordinal);
        File.Delete(Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "baton", "keys"))));

        var result = await _baton.RunAsync("vault", "status", "--json");

        Assert.Equal(1, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("missing", json.GetProperty("key").GetString());
        Assert.Equal(2, json.GetProperty("entries").GetInt64());
        Assert.Contains("baton vault forget", json.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VaultForget_KeyLostForGood_LetsANewKeyStartOver()
    {
        await InitAsync();
        await RedactAsync(Notes);
        File.Delete(Assert.Single(Directory.GetFiles(Path.Combine(_data.Path, "baton", "keys"))));
        Assert.Equal(2, (await _baton.RunAsync("redact", "notes.md")).ExitCode);
        Assert.Equal(2, (await _baton.RunAsync("vault", "forget")).ExitCode); // not on a terminal: needs --yes

        var forgotten = await _baton.RunAsync("vault", "forget", "--yes");

        Assert.Equal(0, forgotten.ExitCode);
        Assert.Contains("Forgot 2 pseudonym(s)", forgotten.Out, StringComparison.Ordinal);
        Assert.Equal("mail <EMAIL_1>\n", await RedactAsync("mail bob.smith@northwind.co.uk\n"));
        Assert.Contains("vault.forgotten", (await _baton.RunAsync("log")).Out, StringComparison.Ordinal);
    }
}
