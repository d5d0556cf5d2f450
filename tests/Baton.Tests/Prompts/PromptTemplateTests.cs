using Baton.Library;
using Baton.Prompts;

namespace Baton.Tests.Prompts;

public sealed class PromptTemplateTests
{
    private const string Full = """
        ---
        title: Review an endpoint
        description: Reviews one endpoint against the API spec and our standards
        tags: [review, api]
        sensitivity: public
        model: claude-opus-4
        owner: {team: payments}
        variables:
          - name: endpoint
            required: true
            description: The endpoint, e.g. POST /payments
          - name: tone
            default: friendly
          - name: files
            default: [a.cs, b.cs]
        ---
        Review {{ endpoint }}.

        """;

    [Fact]
    public void Parse_FullDeclaration_ReadsEveryField()
    {
        var template = PromptTemplate.Parse(Full, "review.md");

        Assert.Equal("Review an endpoint", template.Title);
        Assert.Equal("Reviews one endpoint against the API spec and our standards", template.Description);
        Assert.Equal(["review", "api"], template.Tags);
        Assert.Equal(Sensitivity.Public, template.Sensitivity);
        Assert.Equal(
            [
                new PromptVariable("endpoint", true, null, "The endpoint, e.g. POST /payments"),
                new PromptVariable("tone", false, "friendly", null),
            ],
            template.Variables.Take(2));
        Assert.Equal(["a.cs", "b.cs"], Assert.IsType<List<object?>>(template.Variables[2].Default));
        Assert.Equal(["model", "owner"], template.Metadata.Keys);
        Assert.Equal("claude-opus-4", template.Metadata["model"]);
        Assert.Equal("Review {{ endpoint }}.\n", template.Body);
        Assert.Equal(17, template.BodyLine);
    }

    [Fact]
    public void Parse_NoFrontMatter_DeclaresNothing()
    {
        var template = PromptTemplate.Parse("Say hello.\n", "hello.md");

        Assert.Null(template.Title);
        Assert.Empty(template.Variables);
        Assert.Equal("Say hello.\n", template.Body);
    }

    [Theory]
    [InlineData("variables: endpoint", "t.md:2:12: 'variables' must be a list of variables")]
    [InlineData("variables:\n  - endpoint", "t.md:3:5: each variable must be a mapping")]
    [InlineData("variables:\n  - required: true", "t.md:3:5: this variable has no name")]
    [InlineData("variables:\n  - name: endpoint\n    required: yes please", "t.md:4:15: 'required' of variable 'endpoint' must be true or false")]
    [InlineData("variables:\n  - name: endpoint\n    required: true\n    default: x", "t.md:5:14: variable 'endpoint' is required and has a default")]
    [InlineData("variables:\n  - name: a\n  - name: a", "t.md:4:5: the variable 'a' is declared twice")]
    [InlineData("variables:\n  - name: a\n    requird: true", "t.md:4:5: unknown key 'requird' in a variable; use name, required, default, description")]
    [InlineData("variables:\n  - name: 1st", "t.md:3:11: '1st' cannot be a variable name")]
    [InlineData("variables:\n  - name: my-var", "t.md:3:11: 'my-var' cannot be a variable name")]
    [InlineData("variables:\n  - name: forloop", "t.md:3:11: 'forloop' cannot be a variable name")]
    [InlineData("tags: {a: b}", "t.md:2:7: 'tags' must be a list")]
    [InlineData("title: [a, b]", "t.md:2:8: 'title' must be a single value")]
    public void Parse_InvalidDeclaration_ThrowsWithTheLineAndColumnInTheFile(string yaml, string expectedStart)
    {
        var error = Assert.Throws<BatonException>(() => PromptTemplate.Parse($"---\n{yaml}\n---\nBody\n", "t.md"));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownSensitivity_ThrowsListingTheLevels()
    {
        var error = Assert.Throws<BatonException>(() => PromptTemplate.Parse("---\nsensitivity: top\n---\nBody\n", "t.md"));

        Assert.Contains("unknown sensitivity 'top'", error.Message, StringComparison.Ordinal);
    }
}
