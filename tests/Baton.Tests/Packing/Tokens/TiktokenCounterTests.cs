using Baton.Packing.Tokens;
using Microsoft.ML.Tokenizers;

namespace Baton.Tests.Packing.Tokens;

public sealed class TiktokenCounterTests
{
    [Theory]
    [InlineData("HelloWorld XMLHttpRequest", new[] { "Hello", "World", " XMLHttp", "Request" })]
    [InlineData("don't DON'T", new[] { "don't", " DON'T" })]
    [InlineData("12345 x", new[] { "123", "45", " x" })]
    [InlineData("a  b\n\n  c   ", new[] { "a", " ", " b", "\n\n", " ", " c", "   " })]
    [InlineData("});\n\n// x", new[] { "});\n\n//", " x" })]
    [InlineData("\u0301abc \u0301", new[] { "\u0301abc", " \u0301" })]
    public void Pieces_O200k_SplitLikeThePattern(string text, string[] expected) =>
        Assert.Equal(expected, TiktokenCounter.For(TokenEncoding.O200kBase).Pieces(text));

    [Theory]
    [InlineData("HelloWorld don't", new[] { "HelloWorld", " don", "'t" })]
    [InlineData("});\n\n// x", new[] { "});\n\n", "//", " x" })]
    public void Pieces_Cl100k_SplitLikeThePattern(string text, string[] expected) =>
        Assert.Equal(expected, TiktokenCounter.For(TokenEncoding.Cl100kBase).Pieces(text));

    [Fact]
    public void Count_Empty_Zero() => Assert.Equal(0, TiktokenCounter.For(TokenEncoding.O200kBase).Count(""));

    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void Count_RepositorySources_EqualsMicrosoftMlTokenizers(string encoding)
    {
        var reference = TiktokenTokenizer.CreateForEncoding(encoding);
        var counter = TiktokenCounter.For(encoding);
        var texts = SourceTexts();

        var differing = texts.Where(t => counter.Count(t.Text) != reference.CountTokens(t.Text)).Select(t => t.Path).ToList();

        Assert.True(texts.Count > 50);
        Assert.Empty(differing);
    }

    [Fact]
    public void Count_ManyThreadsAtOnce_SameCountsAsOneThread()
    {
        var counter = TiktokenCounter.For(TokenEncoding.O200kBase);
        var texts = SourceTexts().Select(t => t.Text).ToList();
        var expected = texts.Select(t => counter.Count(t)).ToList();

        var counts = new int[8][];
        Parallel.For(0, counts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            counts[i] = [.. texts.Select(t => counter.Count(t))]);

        Assert.All(counts, c => Assert.Equal(expected, c));
    }

    [Fact]
    public void Create_NothingCounted_VocabularyNotLoaded()
    {
        var counter = TiktokenCounter.Create(TokenEncoding.O200kBase);

        var tokens = counter.Count("a\n") + counter.Count("");

        Assert.Equal(2, tokens); // single ASCII characters are tokens of their own, no vocabulary needed
        Assert.False(counter.IsVocabularyLoaded);
    }

    [Fact]
    public void Count_FirstCountOnManyThreadsOfANewCounter_LoadsOnceAndCountsAsTheShared()
    {
        var shared = TiktokenCounter.For(TokenEncoding.O200kBase);
        var texts = SourceTexts().Select(t => t.Text).Take(40).ToList();
        var expected = texts.Select(t => shared.Count(t)).ToList();
        var counter = TiktokenCounter.Create(TokenEncoding.O200kBase);

        var counts = new int[8][];
        using var start = new Barrier(counts.Length);
        var threads = Enumerable.Range(0, counts.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            counts[i] = [.. texts.Select(t => counter.Count(t))];
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.True(counter.IsVocabularyLoaded);
        Assert.All(counts, c => Assert.Equal(expected, c));
    }

    private static List<(string Path, string Text)> SourceTexts()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Baton.slnx")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Baton.slnx not found above the test binaries");
        return [.. Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p)))];
    }
}
