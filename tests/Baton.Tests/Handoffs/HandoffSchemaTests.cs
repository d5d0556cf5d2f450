using System.Text.Json.Nodes;
using Baton.Handoffs;

namespace Baton.Tests.Handoffs;

public sealed class HandoffSchemaTests
{
    private static JsonObject Draft(string title) => new() { ["title"] = title, ["to"] = "qa", ["intent"] = "i" };

    [Theory]
    [InlineData("two\nlines")]
    [InlineData("escape \u001b[31m")]
    [InlineData("nul \0")]
    [InlineData("del \u007f")]
    [InlineData("   ")]
    public void CheckDraft_TitleWithControlCharactersOrBlank_IsAViolationAtTitle(string title)
    {
        var problems = HandoffSchema.CheckDraft(Draft(title));

        Assert.Contains(problems, p => p.StartsWith("/title:", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckDraft_PlainTitle_IsValid() => Assert.Empty(HandoffSchema.CheckDraft(Draft("Retry payments — safely (v2)")));

    [Fact]
    public void Text_IsThePublishedFile()
    {
        var published = File.ReadAllText(Path.Combine(RepoRoot(), "schemas", "handoff.v1.json"));

        Assert.Equal(published, HandoffSchema.Text());
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Baton.slnx")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Baton.slnx not found above the test binaries");
    }
}
