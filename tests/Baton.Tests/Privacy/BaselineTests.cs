using Baton.Privacy;
using Baton.Privacy.Allowing;
using Baton.Privacy.Detection;

namespace Baton.Tests.Privacy;

public sealed class BaselineTests
{
    private const string GitHubToken = "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";

    [Fact]
    public void Scan_BaselinedFingerprint_IsSuppressedEverywhereOrOnlyAtItsPath()
    {
        var fingerprint = Fingerprints.Of("github-token", GitHubToken);
        var anywhere = Baseline.Parse($"# accepted\n{fingerprint}  github-token  # revoked test token\n", "baseline", PrivacyRules.Ids);
        var pinned = Baseline.Parse($"{fingerprint} github-token tests/config.yaml\n", "baseline", PrivacyRules.Ids);

        Assert.Empty(new PrivacyScanner(baseline: anywhere).Scan("t: " + GitHubToken, "src/app.yaml").Findings);
        Assert.Empty(new PrivacyScanner(baseline: pinned).Scan("t: " + GitHubToken, "tests/config.yaml").Findings);
        Assert.Single(new PrivacyScanner(baseline: pinned).Scan("t: " + GitHubToken, "src/app.yaml").Findings);
    }

    [Fact]
    public void Format_ThenParse_RoundTrips()
    {
        BaselineEntry[] entries = [new("0123456789abcdef", "email", null), new("fedcba9876543210", "jwt", "a/b c.txt")];

        var parsed = Baseline.Parse(Baseline.Format(entries), "baseline", PrivacyRules.Ids);

        Assert.Equal(entries[0], parsed.Entries[0]);
        Assert.Equal(entries[1], parsed.Entries[1]);
    }

    [Theory]
    [InlineData("0123456789abcdef email\nnot-a-fingerprint email\n", 2, 1, "is not a fingerprint")]
    [InlineData("  0123456789ABCDEF email\n", 1, 3, "is not a fingerprint")]
    [InlineData("0123456789abcdef\n", 1, 17, "rule id is missing")]
    [InlineData("0123456789abcdef   no-such-rule\n", 1, 20, "unknown rule 'no-such-rule'")]
    [InlineData("0123456789abcdef email /home/dana/app/a.txt\n", 1, 24, "is an absolute path")]
    public void Parse_MalformedLine_SaysWhereAndWhat(string text, int line, int column, string problem)
    {
        var error = Assert.Throws<BatonException>(() => Baseline.Parse(text, ".baton/privacy-baseline", PrivacyRules.Ids));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith($".baton/privacy-baseline:{line}:{column}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
