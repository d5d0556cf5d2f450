using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>baton export --target</c>: the privacy boundary on the way out, and importing what it wrote.</summary>
public sealed class ExportBoundaryTests : IDisposable
{
    private const string Token = "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";
    private const string Email = "dana.ortiz@acme-corp.io";
    private const string UrlPassword = "Zq8vN3kLp2Rw";

    private readonly TempDirectory _temp = new();
    private readonly CliRunner _source;
    private readonly CliRunner _target;
    private string _deploy = "";
    private string _merger = "";
    private string _keys = "";

    public ExportBoundaryTests()
    {
        _source = new CliRunner(Directory.CreateDirectory(_temp.Combine("source")).FullName);
        _target = new CliRunner(Directory.CreateDirectory(_temp.Combine("target")).FullName);
    }

    public void Dispose() => _temp.Dispose();

    private string ExportFolder => _temp.Combine("export");

    private static async Task<CliResult> OkAsync(CliRunner baton, params string[] args)
    {
        var result = await baton.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static async Task<string> AddAsync(CliRunner baton, params string[] args) =>
        JsonDocument.Parse((await OkAsync(baton, ["add", .. args, "--json"])).Out).RootElement.GetProperty("id").GetString()!;

    private async Task MakeLibraryAsync()
    {
        await OkAsync(_source, "init", "--here");
        _deploy = await AddAsync(_source, "note", "--title", "Deploy notes", "--body", $"Deploy with {Token}.\nAsk {Email}.\n", "--tag", "ops",
            "--source-url", $"https://bob:{UrlPassword}@git.acme-corp.io/ops");
        _merger = await AddAsync(_source, "note", "--title", "Merger", "--body", $"Closes Friday; token {Token}\n", "--sensitivity", "confidential");
        _keys = await AddAsync(_source, "note", "--title", "Keys", "--body", "The vault is behind the painting.\n", "--sensitivity", "secret");
    }

    private string[] ExportedTexts() =>
        [.. Directory.GetFiles(ExportFolder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static async Task<string> ShowBodyAsync(CliRunner baton, string id) =>
        JsonDocument.Parse((await OkAsync(baton, "show", id, "--json")).Out).RootElement.GetProperty("body").GetString()!;

    [Fact]
    public async Task Export_Default_IsAFaithfulCopyAndReportsTheFindings()
    {
        await MakeLibraryAsync();

        var result = await OkAsync(_source, "export", ExportFolder);
        await OkAsync(_target, "init", "--here");
        await OkAsync(_target, "import", ExportFolder);

        Assert.Equal(3, ExportedTexts().Length);
        Assert.Equal(2, ExportedTexts().Count(t => t.Contains(Token, StringComparison.Ordinal)));
        Assert.Equal(await ShowBodyAsync(_source, _deploy), await ShowBodyAsync(_target, _deploy));
        Assert.Contains("3 secrets in 2 exported items: github-token 2, url-password 1 — written as they are; export with --target team to redact them\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("1 personal data value in 1 exported item: email 1 — written as they are for 'local'\n", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlPassword, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Twice_SecondTimeChangesNoFile()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder);
        var before = ExportedTexts();

        var json = JsonDocument.Parse((await OkAsync(_source, "export", ExportFolder, "--json")).Out).RootElement;

        Assert.Equal(3, json.GetProperty("unchanged").GetInt32());
        Assert.Equal(before, ExportedTexts());
    }

    [Fact]
    public async Task Export_TargetTeam_RedactsSecretsWithholdsSecretItemsAndImports()
    {
        await MakeLibraryAsync();

        var result = await OkAsync(_source, "export", ExportFolder, "--target", "team");
        await OkAsync(_target, "init", "--here");
        var import = await OkAsync(_target, "import", ExportFolder);

        var texts = ExportedTexts();
        Assert.Equal(2, texts.Length);
        Assert.All(texts, t => Assert.DoesNotContain(Token, t, StringComparison.Ordinal));
        Assert.All(texts, t => Assert.DoesNotContain(UrlPassword, t, StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("painting", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Closes Friday; token [REDACTED:github-token]", StringComparison.Ordinal));
        Assert.Contains("2 created", import.Out, StringComparison.Ordinal);
        Assert.Equal($"Deploy with [REDACTED:github-token].\nAsk {Email}.\n", await ShowBodyAsync(_target, _deploy));
        var source = JsonDocument.Parse((await OkAsync(_target, "show", _deploy, "--json")).Out).RootElement.GetProperty("source");
        Assert.Equal("https://bob:[REDACTED:url-password]@git.acme-corp.io/ops", source.GetProperty("url").GetString());
        Assert.Equal(1, (await _target.RunAsync("show", _keys)).ExitCode); // never exported, so not there
        Assert.Contains("3 secrets in 2 exported items: github-token 2, url-password 1 — redacted for 'team'\n", result.Error, StringComparison.Ordinal);
        Assert.Contains($"For 'team': withheld 1 item above confidential: {_keys[..8]} (secret); not exported\n", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TargetExternalAi_PseudonymisesAndWithholdsConfidential()
    {
        await MakeLibraryAsync();

        var result = await OkAsync(_source, "export", ExportFolder, "--target", "external-ai");

        var text = Assert.Single(ExportedTexts());
        Assert.Contains("Ask <EMAIL_1>.", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
        Assert.Contains("1 personal data value in 1 exported item: email 1 — pseudonymised for 'external-ai'\n", result.Error, StringComparison.Ordinal);
        Assert.Contains("withheld 2 items above internal", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Json_CarriesTheTargetAndAValueFreeReport()
    {
        await MakeLibraryAsync();

        var result = await OkAsync(_source, "export", ExportFolder, "--target", "team", "--json");

        Assert.DoesNotContain(Token, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(UrlPassword, result.Out, StringComparison.Ordinal);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("team", json.GetProperty("target").GetString());
        Assert.Equal(1, json.GetProperty("withheld").GetInt32());
        Assert.Equal(2, json.GetProperty("itemsWithSecrets").GetInt32());
        Assert.Equal(1, json.GetProperty("itemsWithPersonalData").GetInt32());
        Assert.Equal(0, json.GetProperty("tagsLeftOut").GetInt32());
        Assert.Empty(json.GetProperty("withheldEarlierFiles").EnumerateArray());
        var privacy = json.GetProperty("privacy");
        Assert.Equal(
            ["email:personal-data:1:report", "github-token:secret:2:redact", "url-password:secret:1:redact"],
            privacy.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("rule")}:{r.GetProperty("kind")}:{r.GetProperty("count")}:{r.GetProperty("action")}"));
        var withheld = Assert.Single(privacy.GetProperty("withheld").EnumerateArray());
        Assert.Equal(_keys, withheld.GetProperty("id").GetString());
        Assert.Equal("secret", withheld.GetProperty("sensitivity").GetString());
    }

    [Fact]
    public async Task Export_TargetTeamOverAnEarlierBackup_SaysWhichOldFilesStillHoldWithheldItems()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder);

        var result = await OkAsync(_source, "export", ExportFolder, "--target", "team");

        Assert.Contains($"still holds 1 file an earlier export wrote for withheld items (note/keys-{_keys}.md); delete them before the folder goes to 'team'", result.Error, StringComparison.Ordinal);
        Assert.All(ExportedTexts().Where(t => !t.Contains("painting", StringComparison.Ordinal)), t => Assert.DoesNotContain(Token, t, StringComparison.Ordinal));
    }
}
