using System.Text.Json;

namespace Baton.Tests.Cli;

/// <summary>
/// <c>scan --sarif</c> against the structure SARIF 2.1.0 requires and GitHub code scanning reads (the properties
/// the schema marks required, plus the ones GitHub documents as needed to show and track an alert).
/// </summary>
public sealed partial class ScanCommandTests
{
    private static readonly string[] Levels = ["error", "warning"];

    [Fact]
    public async Task Sarif_HasTheStructureCodeScanningNeeds()
    {
        Write("src/app.env", $"GITHUB_TOKEN={Token}\nOWNER={Email}\n");
        Write("keys/id_rsa", "-----BEGIN RSA PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("MIIEowIBAAKCAQEAwJ8nB2sQ5xVb9m1Lz0pT7hR3kF6yU4eW2dA8gS1jN5cX7vM0\n", 4)) + "-----END RSA PRIVATE KEY-----\n");

        var result = await _baton.RunAsync("scan", "--sarif");

        Assert.Equal(1, result.ExitCode);
        var log = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("baton", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+$", driver.GetProperty("version").GetString()!);
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));

        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(27, rules.Count);
        Assert.Equal(rules.Count, rules.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
        foreach (var rule in rules)
        {
            Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("help").GetProperty("text").GetString()!);
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), Levels);
        }

        Assert.Equal("file://", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()![..7]);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var r in results)
        {
            var ruleId = r.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[r.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Contains(r.GetProperty("level").GetString(), Levels);
            Assert.NotEmpty(r.GetProperty("message").GetProperty("text").GetString()!);
            var location = Assert.Single(r.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = location.GetProperty("artifactLocation");
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            var uri = artifact.GetProperty("uri").GetString()!;
            Assert.False(uri.StartsWith('/') || uri.Contains('\\'), uri);
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri);
            var region = location.GetProperty("region");
            foreach (var name in new[] { "startLine", "startColumn", "endLine", "endColumn" })
                Assert.True(region.GetProperty(name).GetInt32() >= 1, name);
            Assert.True(region.GetProperty("endLine").GetInt32() >= region.GetProperty("startLine").GetInt32());
            Assert.NotEmpty(r.GetProperty("partialFingerprints").EnumerateObject());
        }

        var token = results.Single(r => r.GetProperty("ruleId").GetString() == "github-token");
        Assert.Equal("src/app.env", UriOf(token));
        Assert.Equal(14 + Token.Length, token.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("endColumn").GetInt32());
        Assert.Equal(16, token.GetProperty("partialFingerprints").GetProperty("batonFingerprint/v1").GetString()!.Length);
        // A fingerprint of personal data could be reversed by trying every candidate, so SARIF carries a location hash instead.
        var email = results.Single(r => r.GetProperty("ruleId").GetString() == "email");
        Assert.False(email.GetProperty("partialFingerprints").TryGetProperty("batonFingerprint/v1", out _));
        Assert.Equal("warning", email.GetProperty("level").GetString());
        // A private key spans lines: the region ends on its last line, after the END marker.
        var key = results.Single(r => r.GetProperty("ruleId").GetString() == "private-key");
        var keyRegion = key.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(1, keyRegion.GetProperty("startLine").GetInt32());
        Assert.Equal(6, keyRegion.GetProperty("endLine").GetInt32());
        Assert.Equal("-----END RSA PRIVATE KEY-----".Length + 1, keyRegion.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public async Task Sarif_NoFindings_IsAValidEmptyRun()
    {
        Write("a.txt", "nothing\n");

        var result = await _baton.RunAsync("scan", "--sarif", "--no-personal-data");

        Assert.Equal(0, result.ExitCode);
        var run = JsonDocument.Parse(result.Out).RootElement.GetProperty("runs")[0];
        Assert.Empty(run.GetProperty("results").EnumerateArray());
        Assert.Equal(21, run.GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
    }

    private static string UriOf(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
}
