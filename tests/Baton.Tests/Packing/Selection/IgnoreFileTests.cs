using System.Text;
using Baton.Packing.Selection;

namespace Baton.Tests.Packing.Selection;

public sealed class IgnoreFileTests
{
    private static IgnoreFile Parse(string content) =>
        IgnoreFile.Parse(Encoding.UTF8.GetBytes(content), IgnoreFileKind.GitIgnore, ".gitignore");

    [Fact]
    public void Parse_CommentsBlanksBomAndCrlf_SkippedButCounted()
    {
        var file = Parse("\uFEFF# comment\r\n\r\nfirst\r\n  \r\n\\#second\nthird");

        Assert.Equal([(3, "first"), (5, "\\#second"), (6, "third")], file.Patterns.Select(p => (p.Line, p.Text)));
    }

    [Theory]
    [InlineData("a  ", "a")]
    [InlineData("a\\ ", "a\\ ")]
    [InlineData("a\\  ", "a\\ ")]
    [InlineData("a \\", "a \\")]
    [InlineData("a\t", "a\t")]
    [InlineData(" a", " a")]
    public void Parse_TrailingSpaces_TrimmedUnlessEscaped(string line, string expected) =>
        Assert.Equal(expected, Assert.Single(Parse(line).Patterns).Text);

    [Theory]
    [InlineData("!a/", "Negative, MustBeDirectory, NoDirectory")]
    [InlineData("/a", "None")]
    [InlineData("a/b", "None")]
    [InlineData("*.c", "NoDirectory, EndsWith")]
    [InlineData("*.[ch]", "NoDirectory")]
    public void Parse_Shape_SetsGitsFlags(string line, string flags) =>
        Assert.Equal(flags, Assert.Single(Parse(line).Patterns).Flags.ToString());

    [Fact]
    public void LastMatch_LaterLineWins_NegationReported()
    {
        var file = Parse("*.log\n!keep.log\n");

        var match = file.LastMatch("keep.log"u8, 0, isDirectory: false, ignoreCase: false);

        Assert.NotNull(match);
        Assert.True(match.IsNegative);
        Assert.Equal(2, match.Line);
    }
}
