using Baton.Yaml;
using Baton.Prompts;
using YamlDotNet.RepresentationModel;

namespace Baton.Tests.Yaml;

public sealed class FrontMatterTests
{
    [Fact]
    public void Split_NoOpeningFence_WholeTextIsTheBody()
    {
        var front = FrontMatter.Split("Review {{ endpoint }}.\n---\nnot front matter\n", "t.md");

        Assert.False(front.Present);
        Assert.Empty(front.Fields.Children);
        Assert.Equal("Review {{ endpoint }}.\n---\nnot front matter\n", front.Body);
        Assert.Equal(1, front.BodyLine);
    }

    [Fact]
    public void Split_FrontMatterAndBody_GivesFieldsBodyAndTheLineTheBodyStartsOn()
    {
        var front = FrontMatter.Split("---\ntitle: Review\ntags: [a, b]\n---\nLine one\nLine two\n", "t.md");

        Assert.True(front.Present);
        Assert.Equal("Review", front.Text("title"));
        Assert.IsType<YamlSequenceNode>(front.Field("tags"));
        Assert.Equal("Line one\nLine two\n", front.Body);
        Assert.Equal(5, front.BodyLine);
    }

    [Fact]
    public void Split_WindowsLineEndingsAndTrailingSpacesOnFences_StillSplits()
    {
        var front = FrontMatter.Split("---  \r\ntitle: Review\r\n--- \r\nBody\r\n", "t.md");

        Assert.Equal("Review", front.Text("title"));
        Assert.Equal("Body\r\n", front.Body);
    }

    [Fact]
    public void Split_EmptyFrontMatterAndBody_PresentWithNoFieldsAndEmptyBody()
    {
        var front = FrontMatter.Split("---\n---", "t.md");

        Assert.True(front.Present);
        Assert.Empty(front.Fields.Children);
        Assert.Equal("", front.Body);
    }

    [Theory]
    [InlineData("---\ntitle: Review\nBody without a closing fence\n")]
    [InlineData("---\n")]
    [InlineData("---")]
    public void Split_NoClosingFence_ThrowsSayingToAddOne(string text)
    {
        var error = Assert.Throws<BatonException>(() => FrontMatter.Split(text, "t.md"));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Equal("t.md: front matter starts with '---' but has no closing '---' line; add one after the last field", error.Message);
    }

    [Fact]
    public void Split_MalformedYaml_ThrowsWithTheLineAndColumnInTheFile()
    {
        var error = Assert.Throws<BatonException>(() => FrontMatter.Split("---\ntitle: Review\ndescription: a: b\n---\nBody\n", "t.md"));

        Assert.StartsWith("t.md:3:15: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("; fix the YAML there", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_FlowListLeftOpen_ThrowsWithALineAndColumnInsteadOfCrashing()
    {
        var error = Assert.Throws<BatonException>(() => FrontMatter.Split("---\ntitle: Review\ntags: [draft\nother: 1\n---\nBody\n", "t.md"));

        Assert.Matches(@"^t\.md:[34]:\d+: the YAML cannot be read past this point", error.Message);
    }

    [Fact]
    public void Split_DuplicateKey_ThrowsWithTheSecondKeysLine()
    {
        var error = Assert.Throws<BatonException>(() => FrontMatter.Split("---\ntitle: A\ntitle: B\n---\nBody\n", "t.md"));

        Assert.StartsWith("t.md:3:1: Duplicate key title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_FrontMatterIsAList_ThrowsSayingItMustBeAMapping()
    {
        var error = Assert.Throws<BatonException>(() => FrontMatter.Split("---\n- a\n- b\n---\nBody\n", "t.md"));

        Assert.Equal("t.md:2:1: the front matter must be a mapping of fields (key: value); fix the YAML there", error.Message);
    }

    [Fact]
    public void Error_NodeOfAField_PointsAtItsLineInTheFile()
    {
        var front = FrontMatter.Split("---\ntitle: Review\nowner:\n  team: payments\n---\nBody\n", "t.md");

        var error = front.Error(front.Field("owner")!, "'owner' must be text");

        Assert.Equal("t.md:4:3: 'owner' must be text; fix the YAML there", error.Message);
    }

    [Fact]
    public void Text_FieldIsAList_ThrowsSayingItMustBeOneValue()
    {
        var front = FrontMatter.Split("---\ntitle: [a, b]\n---\nBody\n", "t.md");

        var error = Assert.Throws<BatonException>(() => front.Text("title"));

        Assert.Equal("t.md:2:8: 'title' must be a single value, not a list or a mapping; fix the YAML there", error.Message);
    }
}
