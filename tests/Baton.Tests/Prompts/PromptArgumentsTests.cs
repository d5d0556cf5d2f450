using Baton.Prompts;

namespace Baton.Tests.Prompts;

public sealed class PromptArgumentsTests
{
    [Theory]
    [InlineData("endpoint=POST /payments", "endpoint", "POST /payments")]
    [InlineData("query=a=b", "query", "a=b")]
    [InlineData("empty=", "empty", "")]
    [InlineData(" tone =calm", "tone", "calm")]
    public void ParsePair_NameEqualsValue_SplitsAtTheFirstEquals(string text, string name, string value)
    {
        var pair = PromptArguments.ParsePair(text);

        Assert.Equal(name, pair.Key);
        Assert.Equal(value, pair.Value);
    }

    [Theory]
    [InlineData("endpoint")]
    [InlineData("=value")]
    [InlineData("  =value")]
    [InlineData("")]
    public void ParsePair_NoNameOrNoEquals_ThrowsShowingTheForm(string text)
    {
        var error = Assert.Throws<BatonException>(() => PromptArguments.ParsePair(text));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Equal($"--var '{text}' is not NAME=VALUE; write for example --var endpoint=\"POST /payments\"", error.Message);
    }

    [Fact]
    public void ParseFile_Mapping_ReadsTextListsAndMappings()
    {
        var values = PromptArguments.ParseFile("endpoint: POST /payments\nfiles: [a.cs, b.cs]\nowner:\n  team: payments\n", "vars.yaml");

        Assert.Equal("POST /payments", values["endpoint"]);
        Assert.Equal(["a.cs", "b.cs"], Assert.IsType<List<object?>>(values["files"]));
        Assert.Equal("payments", Assert.IsType<Dictionary<string, object?>>(values["owner"])["team"]);
    }

    [Fact]
    public void ParseFile_Empty_GivesNoValues()
    {
        Assert.Empty(PromptArguments.ParseFile("", "vars.yaml"));
        Assert.Empty(PromptArguments.ParseFile("# nothing yet\n", "vars.yaml"));
    }

    [Theory]
    [InlineData("endpoint: POST /payments\ntone: 'calm\n", "vars.yaml:2:7: ")]
    [InlineData("endpoint: a: b\n", "vars.yaml:1:12: ")]
    [InlineData("files: [a.cs\ntone: calm\n", "vars.yaml:1:")]
    [InlineData("- a\n- b\n", "vars.yaml:1:1: a vars file must be a mapping of NAME: VALUE lines")]
    [InlineData("just text\n", "vars.yaml:1:1: a vars file must be a mapping of NAME: VALUE lines")]
    public void ParseFile_Malformed_ThrowsWithLineAndColumn(string text, string expectedStart)
    {
        var error = Assert.Throws<BatonException>(() => PromptArguments.ParseFile(text, "vars.yaml"));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_VarAndFileGiveTheSameName_VarWins()
    {
        var file = PromptArguments.ParseFile("endpoint: GET /a\ntone: calm\n", "vars.yaml");

        var values = PromptArguments.Merge(file, ["endpoint=POST /b"]);

        Assert.Equal("POST /b", values["endpoint"]);
        Assert.Equal("calm", values["tone"]);
    }

    [Fact]
    public void Merge_SameVarTwice_Throws()
    {
        var error = Assert.Throws<BatonException>(() => PromptArguments.Merge(new Dictionary<string, object?>(), ["tone=a", "tone=b"]));

        Assert.Equal("--var tone is given twice; give it once", error.Message);
    }
}
