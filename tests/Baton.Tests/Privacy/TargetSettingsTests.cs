using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Workspaces;

namespace Baton.Tests.Privacy;

public sealed class TargetSettingsTests
{
    private static WorkspaceConfig Parse(string yaml) => WorkspaceConfig.Parse(yaml, ".baton/baton.yaml");

    private static BatonException Fails(string yaml) => Assert.Throws<BatonException>(() => Parse(yaml));

    [Fact]
    public void Parse_NoTargets_TheBuiltIns()
    {
        var targets = Parse("version: 1\n").Targets;

        Assert.Equal(["external-ai", "local", "team"], targets.All.Select(t => t.Name));
        Assert.Equal(PrivacyTargets.ExternalAi, targets.Get(null));
        Assert.Equal("built-in", targets.Origin("team"));
    }

    [Fact]
    public void Parse_BuiltInRedefined_KeepsWhatIsNotSet()
    {
        var team = Parse("targets:\n  team:\n    personal_data: mask\n").Targets.Get("team");

        Assert.Equal(PrivacyTargets.Team with { PersonalData = OperatorKind.Mask }, team);
    }

    [Fact]
    public void Parse_OwnTarget_StartsFromExternalAiAndTakesEverySetting()
    {
        var targets = Parse("""
            targets:
              vendor-support:
                ceiling: public
                secrets: hash
                personal_data: pseudonymize
                description: "the vendor's support engineers"
              scratch:
            """).Targets;

        Assert.Equal(new PrivacyTarget("vendor-support", Sensitivity.Public, OperatorKind.Hash, OperatorKind.Pseudonymise, "the vendor's support engineers"), targets.Get("vendor-support"));
        Assert.Equal(PrivacyTargets.ExternalAi with { Name = "scratch", Description = "" }, targets.Get("scratch"));
        Assert.Equal(["external-ai", "local", "team", "scratch", "vendor-support"], targets.All.Select(t => t.Name));
        Assert.Equal("baton.yaml", targets.Origin("scratch"));
    }

    [Theory]
    [InlineData("targets:\n  team:\n    ceiling: top-secret\n", "3:14", "use one of: public, internal, confidential, secret")]
    [InlineData("targets:\n  team:\n    secrets: delete\n", "3:14", "use one of: redact, mask, hash, pseudonymise, report")]
    [InlineData("targets:\n  team:\n    secret: redact\n", "3:5", "unknown setting 'secret' in target 'team'; use one of: ceiling, secrets, personal_data, description")]
    [InlineData("targets:\n  Team Leads:\n    ceiling: public\n", "2:3", "lower-case letters, digits and dashes")]
    [InlineData("targets: [external-ai, team]\n", "1:10", "'targets' must be a mapping")]
    [InlineData("targets:\n  team: redact\n", "2:9", "target 'team' must be a mapping")]
    [InlineData("targets:\n  team:\n    ceiling: [public]\n", "3:14", "must be a single value")]
    [InlineData("targets:\n  team:\n    ceiling: Public\n", "3:14", "use one of")]
    public void Parse_BadTargets_ErrorAtLineAndColumnSayingWhatIsAllowed(string yaml, string at, string says)
    {
        var error = Fails(yaml);

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith($".baton/baton.yaml:{at}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_HostileYaml_ErrorsOrBoundedWork()
    {
        // Aliases are references, not copies: a "billion laughs" document stays small and loads as settings.
        var laughs = "x: &a {ceiling: public}\ntargets:\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"  t{i}: *a\n"));
        Assert.Equal(1003, Parse(laughs).Targets.All.Count);

        var longName = new string('a', TargetSettings.MaxNameLength + 1);
        Assert.Contains("at most", Fails($"targets:\n  {longName}:\n").Message, StringComparison.Ordinal);
        Assert.Contains("must be a single value", Fails("targets:\n  ? [a, b]\n  : {ceiling: public}\n").Message, StringComparison.Ordinal);
        Assert.Contains("fix the YAML", Fails("targets:\n  team: {ceiling: public\n").Message, StringComparison.Ordinal);
        Assert.Throws<BatonException>(() => Parse("targets:\n  team:\n    ceiling: !!binary c2VjcmV0\n    bogus: 1\n"));
    }

    [Fact]
    public void Get_UnknownTarget_ListsTheKnownOnes()
    {
        var error = Assert.Throws<BatonException>(() => Parse("targets:\n  vendor:\n").Targets.Get("vendr"));

        Assert.Contains("unknown privacy target 'vendr'; known targets: external-ai, local, team, vendor", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("secrets/prod.env", Sensitivity.Secret)]
    [InlineData("docs/guide.md", Sensitivity.Public)]
    [InlineData("docs/internal/plan.md", Sensitivity.Confidential)]
    [InlineData("src/App.cs", Sensitivity.Internal)]
    [InlineData("deep/down/id_rsa", Sensitivity.Secret)]
    [InlineData("./docs/a.md", Sensitivity.Public)]
    [InlineData("docs\\b.md", Sensitivity.Public)]
    public void SensitivityOf_LastMatchingGlobWins(string path, Sensitivity expected)
    {
        var config = Parse("""
            sensitivity:
              default: internal
              paths:
                "secrets/**": secret
                "docs/**": public
                "docs/internal/": confidential
                id_rsa: secret
            """);

        Assert.Equal(expected, config.FileSensitivity.SensitivityOf(path));
    }

    [Fact]
    public void SensitivityOf_NoSection_Internal() =>
        Assert.Equal(Sensitivity.Internal, Parse("").FileSensitivity.SensitivityOf("anything.txt"));

    [Theory]
    [InlineData("sensitivity:\n  default: hush\n", "2:12")]
    [InlineData("sensitivity:\n  paths:\n    \"a/**\": topsecret\n", "3:13")]
    [InlineData("sensitivity:\n  glob: x\n", "2:3")]
    [InlineData("sensitivity:\n  paths: [a, b]\n", "2:10")]
    [InlineData("sensitivity:\n  paths:\n    \"\": secret\n", "3:5")]
    public void Parse_BadSensitivity_ErrorAtLineAndColumn(string yaml, string at) =>
        Assert.StartsWith($".baton/baton.yaml:{at}: ", Fails(yaml).Message, StringComparison.Ordinal);

    [Fact]
    public async Task AdmitFile_UsesThePathSensitivities()
    {
        var config = Parse("sensitivity:\n  paths:\n    \"secrets/**\": secret\n");
        var boundary = await PrivacyBoundaries.OpenAsync(null!, config, _ => null, "team", cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(boundary.AdmitFile("src/app.cs"));
        Assert.False(boundary.AdmitFile("secrets/prod.env"));
        Assert.Equal([new WithheldContent("secrets/prod.env", Sensitivity.Secret)], boundary.Report().Withheld);
    }
}
