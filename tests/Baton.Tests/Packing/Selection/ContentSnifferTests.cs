using System.Text;
using Baton.Packing.Selection;

namespace Baton.Tests.Packing.Selection;

public sealed class ContentSnifferTests
{
    [Fact]
    public void Classify_Utf8CutAtSampleEnd_StillValid()
    {
        var bytes = Encoding.UTF8.GetBytes("ab€");
        var sniff = ContentSniffer.Classify(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: false);

        Assert.False(sniff.IsBinary);
        Assert.False(sniff.HasInvalidUtf8);
    }

    [Fact]
    public void Classify_Utf8CutAtFileEnd_Invalid()
    {
        var bytes = Encoding.UTF8.GetBytes("ab€");

        Assert.True(ContentSniffer.Classify(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: true).HasInvalidUtf8);
    }

    [Fact]
    public void Classify_Utf32Bom_Transcoded() =>
        Assert.Equal(TextEncodingKind.Utf32LittleEndian, ContentSniffer.Classify([0xFF, 0xFE, 0, 0, (byte)'a', 0, 0, 0], isWholeFile: true).Encoding);

    [Fact]
    public void Classify_Utf16BigEndianWithoutBom_Recognised() =>
        Assert.Equal(TextEncodingKind.Utf16BigEndian, ContentSniffer.Classify(Encoding.BigEndianUnicode.GetBytes("int main(void);\n"), isWholeFile: true).Encoding);

    [Fact]
    public void Classify_NulInAscii_Binary() =>
        Assert.True(ContentSniffer.Classify("abc\0\0def"u8, isWholeFile: true).IsBinary);

    [Fact]
    public void Classify_ControlCharacters_Binary() =>
        Assert.True(ContentSniffer.Classify([1, 2, 3, 4, 5, 6, (byte)'a'], isWholeFile: true).IsBinary);

    [Fact]
    public void Classify_FormFeedAndEscape_Text() =>
        Assert.False(ContentSniffer.Classify("a\fb\u001b[0m\n"u8, isWholeFile: true).IsBinary);
}
