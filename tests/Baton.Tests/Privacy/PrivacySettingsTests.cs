using Baton.Privacy;
using Baton.Workspaces;

namespace Baton.Tests.Privacy;

public sealed class PrivacySettingsTests
{
    [Fact]
    public void Parse_FullSection_ReadsAllowListAndBaseline()
    {
        var config = WorkspaceConfig.Parse("""
            version: 1
            privacy:
              allow:
                paths: [tests/fixtures/**, "*.snap"]
                patterns:
                  - 'AKIA[0-9A-Z]{12}EXAMPLE'
              baseline: .baton/privacy-baseline.txt
            """, "baton.yaml");

        Assert.Equal(["tests/fixtures/**", "*.snap"], config.Privacy.AllowPaths);
        Assert.Equal(["AKIA[0-9A-Z]{12}EXAMPLE"], config.Privacy.AllowPatterns);
        Assert.Equal(".baton/privacy-baseline.txt", config.Privacy.Baseline);
    }

    [Fact]
    public void Parse_NoSectionOrEmptySection_IsDefault()
    {
        Assert.Same(PrivacySettings.Default, WorkspaceConfig.Parse("version: 1\n", "baton.yaml").Privacy);
        Assert.Empty(WorkspaceConfig.Parse("privacy:\n", "baton.yaml").Privacy.AllowPaths);
        Assert.Empty(WorkspaceConfig.Parse("privacy:\n  allow:\n", "baton.yaml").Privacy.AllowPatterns);
    }

    [Theory]
    [InlineData("privacy: [a]\n", "baton.yaml:1:10: 'privacy' must be a mapping")]
    [InlineData("privacy:\n  alow: {}\n", "baton.yaml:2:3: unknown key 'alow' in 'privacy'; known keys: allow, baseline")]
    [InlineData("privacy:\n  allow:\n    path: [x]\n", "baton.yaml:3:5: unknown key 'path' in 'privacy.allow'; known keys: paths, patterns")]
    [InlineData("privacy:\n  allow:\n    paths: x\n", "baton.yaml:3:12: 'privacy.allow.paths' must be a list")]
    [InlineData("privacy:\n  allow:\n    paths: [a, {b: c}]\n", "baton.yaml:3:16: each entry of 'privacy.allow.paths' must be a non-empty string")]
    [InlineData("privacy:\n  allow:\n    patterns: ['(?<=a)b']\n", "baton.yaml:3:16: the privacy allow pattern '(?<=a)b' is not a usable regular expression")]
    [InlineData("privacy:\n  baseline: [a]\n", "baton.yaml:2:13: 'privacy.baseline' must be a path")]
    public void Parse_Malformed_NamesLineAndColumn(string yaml, string expected)
    {
        var error = Assert.Throws<BatonException>(() => WorkspaceConfig.Parse(yaml, "baton.yaml"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorKind.Input, error.Kind);
    }
}
