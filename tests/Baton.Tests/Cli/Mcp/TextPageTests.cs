using Baton.Cli.Mcp;
using Baton.Cli.Mcp.Tools;
using Baton.Privacy;
using Baton.Privacy.Boundaries;

namespace Baton.Tests.Cli.Mcp;

public sealed class TextPageTests
{
    private static readonly PrivacyBoundary Boundary = new(PrivacyTargets.ExternalAi, PrivacyScanner.Default, BoundaryOperators.Ephemeral());

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_001)]
    [InlineData(4_093)]
    public void Of_PartsFollowingNextOffset_AddUpToTheWholeAndNeverSplitASurrogatePair(int maxChars)
    {
        var random = new Random(7);
        var text = string.Concat(Enumerable.Range(0, 3_000).Select(i => random.Next(12) switch
        {
            0 => "\n",
            1 => "😀",
            _ => ((char)('a' + random.Next(26))).ToString(),
        }));
        var whole = Boundary.Pass(text);

        var parts = new List<string>();
        int? offset = 0;
        while (offset is { } next)
        {
            var page = TextPage.Of(Boundary, whole, next, maxChars, "the text");
            Assert.True(page.Text.Text.Length <= maxChars);
            Assert.False(char.IsHighSurrogate(page.Text.Text[^1]));
            Assert.False(char.IsLowSurrogate(page.Text.Text[0]));
            parts.Add(page.Text.Text);
            offset = page.NextOffset;
        }

        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void Of_OffsetPastTheEnd_IsAnError()
    {
        var error = Assert.Throws<BatonException>(() => TextPage.Of(Boundary, Boundary.Pass("short"), 5, 1_000, "the text"));

        Assert.Contains("offset 5 is past the end of the text (5 characters)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_FieldNamesComeFromCodeOnly()
    {
        Assert.Throws<ArgumentException>(() => new Answer().Text("jane.doe@northwind-traders.com", Boundary.Pass("x")));
        Assert.Throws<ArgumentException>(() => new Answer().Number("Total", 1));
    }

    [Theory]
    [InlineData("retry", "retry")]
    [InlineData("\"jittered backoff\" AND title:queue", "jittered")]
    public void Excerpt_ShowsTheTextAroundTheFirstQueryWord(string query, string expected)
    {
        var body = new string('x', 1_000) + " we retry with jittered backoff " + new string('y', 1_000);

        var excerpt = SearchTool.Excerpt(body, query);

        Assert.Contains(expected, excerpt, StringComparison.Ordinal);
        Assert.StartsWith("…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= 330);
    }
}
