using Baton.Handoffs;

namespace Baton.Tests.Handoffs;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("# Heading", @"\# Heading")]
    [InlineData("[x](javascript:alert(1))", @"\[x\]\(javascript\:alert\(1\)\)")]
    [InlineData("<img src=x onerror=alert(1)>", @"\<img src\=x onerror\=alert\(1\)\>")]
    [InlineData("a\nb\r\nc", "a b  c")]
    [InlineData("tab\there", "tab here")]
    [InlineData("bell\u0007", "bell")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("&lt;script&gt;", @"\&lt;script\&gt;")]
    public void Inline_MakesTextThatCannotBecomeStructure(string input, string expected) =>
        Assert.Equal(expected, MarkdownText.Inline(input));

    [Fact]
    public void Block_KeepsLinesAndParagraphs()
    {
        Assert.Equal("one\\\ntwo\n\n\\- three", MarkdownText.Block("one\ntwo\n\n- three"));
    }

    [Theory]
    [InlineData("abc", "`abc`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x", "`` `x ``")]
    public void Code_UsesAFenceTheValueCannotClose(string input, string expected) =>
        Assert.Equal(expected, MarkdownText.Code(input));
}
