using Baton.Privacy;
using Baton.Privacy.Allowing;

namespace Baton.Tests.Privacy;

public sealed class AllowListTests
{
    private const string GitHubToken = "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";
    private const string Email = "dana.ortiz@acme-corp.io";

    [Fact]
    public void Scan_InlineMarker_AllowsEveryFindingOnItsLine()
    {
        var text = $"token: {GitHubToken} # baton:allow\nother: {GitHubToken}\n";

        var result = PrivacyScanner.Default.Scan(text);

        Assert.Equal(2, Assert.Single(result.Findings).Line);
        Assert.Equal(1, result.Suppressed);
    }

    [Fact]
    public void Scan_InlineMarkerWithRules_AllowsOnlyThoseRules()
    {
        var text = $"owner: {Email} token: {GitHubToken} // baton:allow=email,phone-number";

        var finding = Assert.Single(PrivacyScanner.Default.Scan(text).Findings);

        Assert.Equal("github-token", finding.RuleId);
    }

    [Fact]
    public void Scan_InlineMarkerOnTheEndLineOfABlock_AllowsTheBlock()
    {
        var key = "-----BEGIN PRIVATE KEY-----\n" + string.Concat(Enumerable.Repeat("MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n", 4))
            + "-----END PRIVATE KEY----- baton:allow=private-key\n";

        Assert.Empty(PrivacyScanner.Default.Scan(key).Findings);
    }

    [Fact]
    public async Task ScanAsync_MarkerAtTheEndOfALongLine_AllowsFindingsChunksEarlier()
    {
        var text = $"k=\"{GitHubToken}\";" + new string('x', 50_000) + " /* baton:allow */\nk2=\"" + GitHubToken + "\"";

        var result = await new PrivacyScanner(chunkChars: 1000).ScanAsync(new StringReader(text), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, Assert.Single(result.Findings).Line);
    }

    [Theory]
    [InlineData("tests/fixtures/**", "tests/fixtures/keys/id_rsa", true)]
    [InlineData("tests/fixtures/**", "src/tests/fixtures/a", false)]
    [InlineData("*.lock", "deep/dir/yarn.lock", true)]
    [InlineData("*.lock", "yarn.lock.bak", false)]
    [InlineData("docs/", "docs/setup.md", true)]
    [InlineData("**/testdata/*.json", "a/b/testdata/x.json", true)]
    [InlineData("**/testdata/*.json", "a/b/testdata/sub/x.json", false)]
    [InlineData("config/?.env", "config/a.env", true)]
    public void PathAllowedBy_Glob_MatchesLikeGitignore(string glob, string path, bool allowed)
    {
        var allowList = new AllowList([glob], []);

        Assert.Equal(allowed, allowList.PathAllowedBy(path) is not null);
    }

    [Fact]
    public void Scan_AllowListedPath_IsSkippedWithTheReason()
    {
        var scanner = new PrivacyScanner(new AllowList(["tests/fixtures/**"], []));

        var result = scanner.Scan("token: " + GitHubToken, "tests/fixtures/config.yaml");

        Assert.True(result.WasSkipped);
        Assert.Contains("tests/fixtures/**", result.SkippedReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_AllowedValuePattern_SuppressesMatchingValuesOnly()
    {
        var scanner = new PrivacyScanner(new AllowList([], [@"[a-z.]+@acme-corp\.io"]));

        var result = scanner.Scan($"{Email}\nx.y@other.org\n");

        Assert.Equal(2, Assert.Single(result.Findings).Line);
        Assert.Equal(1, result.Suppressed);
    }

    [Fact]
    public void AllowList_PatternTheLinearEngineCannotRun_IsAClearError()
    {
        var error = Assert.Throws<BatonException>(() => new AllowList([], [@"(a)\1"]));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Contains("non-backtracking", error.Message, StringComparison.Ordinal);
    }
}
