using System.Buffers;
using System.Text;

namespace Baton.Packing.Selection;

/// <summary>
/// Decides text or binary, and the encoding, from the first <see cref="SampleSize"/> bytes:
/// <list type="number">
/// <item>a BOM decides the encoding (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); UTF-16 and UTF-32 are text to transcode;</item>
/// <item>a NUL byte means binary (git's rule), unless the zero bytes sit in every other place as in
/// BOM-less UTF-16 of mostly Latin text and the sample decodes as UTF-16;</item>
/// <item>otherwise the text is UTF-8; invalid sequences are decoded as U+FFFD and flagged, unless invalid
/// bytes and control characters together make up more than 30% of the sample, which is binary.</item>
/// </list>
/// </summary>
internal static class ContentSniffer
{
    /// <summary>The same window git uses for its binary check.</summary>
    public const int SampleSize = 8000;

    /// <summary>C0 controls other than tab, line breaks, form feed, backspace and escape (all seen in real text files).</summary>
    private static readonly SearchValues<byte> Controls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Select(b => (byte)b).Where(b => b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x08 or 0x1B))]);

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf32LittleEndianBom => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BigEndianBom => [0x00, 0x00, 0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LittleEndianBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianBom => [0xFE, 0xFF];

    /// <param name="isWholeFile">The sample is the whole file, so a sequence cut at its end is really invalid.</param>
    public static ContentSniff Classify(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        if (sample.StartsWith(Utf8Bom))
            return new(TextEncodingKind.Utf8Bom, !IsValidUtf8(sample[3..], isWholeFile), null);
        if (sample.StartsWith(Utf32LittleEndianBom))
            return new(TextEncodingKind.Utf32LittleEndian, false, null);
        if (sample.StartsWith(Utf32BigEndianBom))
            return new(TextEncodingKind.Utf32BigEndian, false, null);
        if (sample.StartsWith(Utf16LittleEndianBom))
            return new(TextEncodingKind.Utf16LittleEndian, false, null);
        if (sample.StartsWith(Utf16BigEndianBom))
            return new(TextEncodingKind.Utf16BigEndian, false, null);

        if (sample.Contains((byte)0))
        {
            return Utf16WithoutBom(sample, isWholeFile) is { } utf16
                ? new(utf16, false, null)
                : new(TextEncodingKind.Utf8, false, "binary content (a NUL byte in the first 8000 bytes)");
        }

        if (IsValidUtf8(sample, isWholeFile))
        {
            return ControlBytes(sample) * 10 > sample.Length * 3
                ? new(TextEncodingKind.Utf8, false, "binary content (mostly control characters)")
                : new(TextEncodingKind.Utf8, false, null);
        }

        var suspicious = InvalidUtf8Bytes(sample, isWholeFile) + ControlBytes(sample);
        return suspicious * 10 > sample.Length * 3
            ? new(TextEncodingKind.Utf8, true, "binary content (mostly invalid UTF-8 and control characters)")
            : new(TextEncodingKind.Utf8, true, null);
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> sample, bool isWholeFile) =>
        System.Text.Unicode.Utf8.IsValid(isWholeFile ? sample : sample[..CompleteLength(sample)]);

    /// <summary>The length without a multi-byte sequence cut by the end of the sample.</summary>
    private static int CompleteLength(ReadOnlySpan<byte> sample)
    {
        for (var back = 1; back <= 3 && back <= sample.Length; back++)
        {
            var b = sample[^back];
            if (b < 0x80)
                return sample.Length; // ASCII: nothing cut
            if (b >= 0xC0)
            {
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? sample.Length - back : sample.Length;
            }
        }

        return sample.Length;
    }

    private static int InvalidUtf8Bytes(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        var span = isWholeFile ? sample : sample[..CompleteLength(sample)];
        var invalid = 0;
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(span, out _, out var consumed) != OperationStatus.Done)
                invalid += consumed;
            span = span[consumed..];
        }

        return invalid;
    }

    /// <summary>Counts <see cref="Controls"/> bytes; zero in almost every text file, found with a vectorised scan.</summary>
    private static int ControlBytes(ReadOnlySpan<byte> sample)
    {
        var first = sample.IndexOfAny(Controls);
        if (first < 0)
            return 0;
        sample = sample[first..];
        var count = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C or 0x0B or 0x08 or 0x1B))
                count++;
        }

        return count;
    }

    /// <summary>UTF-16 without BOM: zero bytes only in high-byte places, in at least half the code units, and well-formed.</summary>
    private static TextEncodingKind? Utf16WithoutBom(ReadOnlySpan<byte> sample, bool isWholeFile)
    {
        var units = sample.Length / 2;
        if (units == 0 || (isWholeFile && sample.Length % 2 != 0))
            return null;
        int zeroLow = 0, zeroHigh = 0;
        for (var i = 0; i < units * 2; i += 2)
        {
            var (first, second) = (sample[i], sample[i + 1]);
            if (first == 0 && second == 0)
                return null; // U+0000 is not text
            if (first == 0)
                zeroLow++;
            else if (second == 0)
                zeroHigh++;
        }

        bool? bigEndian = zeroLow == 0 && zeroHigh * 2 >= units ? false : zeroHigh == 0 && zeroLow * 2 >= units ? true : null;
        if (bigEndian is not { } big || !WellFormedUtf16(sample[..(units * 2)], big, isWholeFile))
            return null;
        return big ? TextEncodingKind.Utf16BigEndian : TextEncodingKind.Utf16LittleEndian;
    }

    private static bool WellFormedUtf16(ReadOnlySpan<byte> sample, bool bigEndian, bool isWholeFile)
    {
        var expectLow = false;
        for (var i = 0; i < sample.Length; i += 2)
        {
            var unit = bigEndian ? (sample[i] << 8) | sample[i + 1] : sample[i] | (sample[i + 1] << 8);
            var isHigh = unit is >= 0xD800 and <= 0xDBFF;
            var isLow = unit is >= 0xDC00 and <= 0xDFFF;
            if (expectLow != isLow)
                return false;
            expectLow = isHigh;
        }

        return !expectLow || !isWholeFile;
    }
}
