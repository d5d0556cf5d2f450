using System.Text;
using Baton.Packing.Selection;

namespace Baton.Tests.Packing.Selection;

public sealed class PathGlobsTests
{
    [Theory]
    [InlineData("*.{cs,md}", "src/a.md", true)]
    [InlineData("src/{a,b/{c,d}}.txt", "src/b/d.txt", true)]
    [InlineData("src/{,x/}*.c", "src/m.c", true)]
    [InlineData("src/{,x/}*.c", "src/x/m.c", true)]
    [InlineData("./src", "src", true)]
    [InlineData("./src", "a/src", false)]
    [InlineData("#notes", "#notes", true)]
    [InlineData("[{]x", "{x", true)]
    [InlineData("\\{a,b\\}", "{a,b}", true)]
    public void Match_BracesAnchorsAndLiterals(string glob, string path, bool expected)
    {
        var globs = PathGlobs.Parse([glob], "--include");
        var bytes = Encoding.UTF8.GetBytes(path);

        Assert.Equal(expected, globs.Match(bytes, path.LastIndexOf('/') + 1, isDirectory: false) is not null);
    }

    [Fact]
    public void Parse_TooManyAlternatives_Refused()
    {
        var glob = string.Concat(Enumerable.Repeat("{a,b,c,d}", 6));

        var error = Assert.Throws<BatonException>(() => PathGlobs.Parse([glob], "--include"));

        Assert.Contains("more than 1024", error.Message, StringComparison.Ordinal);
    }
}
