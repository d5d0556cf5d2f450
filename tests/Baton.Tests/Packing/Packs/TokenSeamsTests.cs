using System.Text;
using Baton.Packing;
using Baton.Packing.Tokens;

namespace Baton.Tests.Packing.Packs;

/// <summary>The lemma behind a pack's true count: cutting at a safe seam never changes tiktoken's count.</summary>
public sealed class TokenSeamsTests
{
    private const string Alphabet = "ab Zé1/\n\n \t;:'s'S{}<>`#-_=.,\r\"\\é中😀\u0301\u00A0\uFEFF\u0085x09";

    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void Count_CutAtEverySafeSeam_EqualsCountOfWholeText(string encoding)
    {
        var counter = TiktokenCounter.For(encoding);
        var random = new Random(20261125);
        var cuts = 0;
        for (var round = 0; round < 3000; round++)
        {
            var text = RandomText(random, random.Next(1, 60));
            var whole = counter.Count(text);
            var sum = 0;
            var start = 0;
            for (var i = 1; i < text.Length; i++)
            {
                if (!TokenSeams.IsSafeCut(text, i))
                    continue;
                sum += counter.Count(text.AsSpan(start, i - start));
                start = i;
                cuts++;
            }

            sum += counter.Count(text.AsSpan(start));
            Assert.True(whole == sum, $"{encoding}: {Escape(text)} counts {whole} whole, {sum} cut at its safe seams");
        }

        Assert.True(cuts > 1000, $"only {cuts} safe cuts were tried");
    }

    [Theory]
    [InlineData("o200k_base")]
    [InlineData("cl100k_base")]
    public void Count_BlocksOfThisRepository_SumEqualsWhole(string encoding)
    {
        var counter = TiktokenCounter.For(encoding);
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../.."));
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(200).ToList();
        var whole = new StringBuilder();
        var sum = 0;
        foreach (var file in files)
        {
            // Blocks as a pack renders them: a safe first character, a line break at the end.
            var block = $"## File: {Path.GetFileName(file)}\n\n```\n{File.ReadAllText(file)}\n```\n\n";
            Assert.True(TokenSeams.IsSelfContained(block));
            whole.Append(block);
            sum += counter.Count(block);
        }

        Assert.Equal(counter.Count(whole.ToString()), sum);
    }

    [Fact]
    public void IsSafeCut_AfterLineBreakBeforeSlashOrSpace_IsNot()
    {
        Assert.True(TokenSeams.IsSafeCut("a\nb", 2));
        Assert.False(TokenSeams.IsSafeCut("a;\n/b", 3));
        Assert.False(TokenSeams.IsSafeCut("a\n b", 2));
        Assert.False(TokenSeams.IsSafeCut("a\n\nb", 2));
        Assert.False(TokenSeams.IsSafeCut("ab", 1));
    }

    private static string RandomText(Random random, int length)
    {
        var b = new StringBuilder();
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(Alphabet);
        var pieces = new List<string>();
        while (elements.MoveNext())
            pieces.Add(elements.GetTextElement());
        for (var i = 0; i < length; i++)
            b.Append(pieces[random.Next(pieces.Count)]);
        return b.ToString();
    }

    private static string Escape(string text) => string.Concat(text.Select(c => c is >= ' ' and < '\u007f' ? c.ToString() : $"\\u{(int)c:x4}"));
}
