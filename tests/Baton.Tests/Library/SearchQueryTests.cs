using Baton.Library;

namespace Baton.Tests.Library;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("retry policy", "\"retry\" \"policy\"")]
    [InlineData("api-spec", "\"api-spec\"")]
    [InlineData("deploy*", "\"deploy\"*")]
    [InlineData("\"exact phrase\"", "\"exact phrase\"")]
    [InlineData("a OR (b AND c)", "\"a\" OR (\"b\" AND \"c\")")]
    [InlineData("title:auth", "title : \"auth\"")]
    public void Parse_UserText_QuotesEveryWord(string text, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(text).MatchExpression);

    [Theory]
    [InlineData("retry policy", "--")]
    [InlineData("deploy* \"rate limit\"* title:conf* \"a b\" c", "ppp--")]
    [InlineData("a OR (b* AND c)", "-p-")]
    public void PhraseKinds_EachQuotedString_MarksPrefixes(string text, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(text).PhraseKinds);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("\"open", "quote is not closed")]
    [InlineData("(a OR b", "'(' is not closed")]
    [InlineData("a)", "')' has no matching")]
    [InlineData("*", "'*' must follow")]
    [InlineData("a*b", "only at the end")]
    [InlineData("title:", "no word")]
    public void Parse_Malformed_SaysWhatIsWrong(string text, string problem)
    {
        var error = Assert.Throws<BatonException>(() => SearchQuery.Parse(text));
        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
