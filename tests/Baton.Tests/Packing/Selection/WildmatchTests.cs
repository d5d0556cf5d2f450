using System.Text;
using Baton.Packing.Selection;

namespace Baton.Tests.Packing.Selection;

public sealed class WildmatchTests
{
    [Theory]
    [InlineData("foo", "foo", true)]
    [InlineData("f?o", "f/o", false)]
    [InlineData("*", "a/b", false)]
    [InlineData("**", "a/b", true)]
    [InlineData("a/**/b", "a/b", true)]
    [InlineData("a/**/b", "a/x/y/b", true)]
    [InlineData("a**b", "a/b", false)]
    [InlineData("**/b", "b", true)]
    [InlineData("a/*", "a/b/c", false)]
    [InlineData("a/*/c", "a/b/c", true)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[!a-c]x", "bx", false)]
    [InlineData("[^a]", "b", true)]
    [InlineData("[]]", "]", true)]
    [InlineData("[a-]", "-", true)]
    [InlineData("[", "[", false)]
    [InlineData("[[:digit:]]*", "1a", true)]
    [InlineData("[[:space:]]", "\v", false)]
    [InlineData("[[:nope:]]", "a", false)]
    [InlineData("\\*", "*", true)]
    [InlineData("\\*", "a", false)]
    [InlineData("a\\", "a", false)]
    [InlineData("?", "é", false)]
    [InlineData("??", "é", true)]
    [InlineData("[/]", "/", false)]
    public void IsMatch_PathName_FollowsGit(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Wildmatch.IsMatch(Encoding.UTF8.GetBytes(pattern), Encoding.UTF8.GetBytes(text), pathName: true, caseFold: false));

    [Theory]
    [InlineData("*.TXT", "a.txt", true)]
    [InlineData("[A-Z]", "q", true)]
    [InlineData("[A]", "a", false)]
    [InlineData("\\A", "a", false)]
    public void IsMatch_CaseFold_AsciiWithGitsBracketQuirk(string pattern, string text, bool expected) =>
        Assert.Equal(expected, Wildmatch.IsMatch(Encoding.UTF8.GetBytes(pattern), Encoding.UTF8.GetBytes(text), pathName: true, caseFold: true));
}
