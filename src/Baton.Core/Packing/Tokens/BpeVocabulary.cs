using System.Buffers.Text;
using System.IO.Compression;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Baton.Packing.Tokens;

/// <summary>
/// The mergeable tokens of a tiktoken encoding: byte strings and their ranks, read from the deflated
/// <c>.tiktoken</c> resources that the Microsoft.ML.Tokenizers.Data packages ship (a "Capacity: N" line, then one
/// base64 token per line in rank order). Lookups go through an open-addressing table built for byte spans.
/// </summary>
internal sealed class BpeVocabulary
{
    public const int NoRank = int.MaxValue;

    private readonly byte[] _bytes;
    private readonly int[] _starts;
    private readonly int[] _slots;
    private readonly int[] _slotHashes;
    private readonly int _mask;

    private BpeVocabulary(byte[] bytes, int[] starts)
    {
        _bytes = bytes;
        _starts = starts;
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Count * 2);
        _slots = new int[size];
        _slotHashes = new int[size];
        _mask = size - 1;
        for (var rank = 0; rank < Count; rank++)
        {
            var token = TokenBytes(rank);
            var hash = SpanHash.Of(token);
            var slot = hash & _mask;
            while (_slots[slot] != 0)
            {
                if (_slotHashes[slot] == hash && TokenBytes(_slots[slot] - 1).SequenceEqual(token))
                    throw new InvalidDataException($"token of rank {rank} appears twice in the vocabulary");
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = rank + 1;
            _slotHashes[slot] = hash;
        }

        for (var b = 0; b < 256; b++)
        {
            if (Rank([(byte)b]) == NoRank)
                throw new InvalidDataException($"the vocabulary lacks the single byte {b}; byte-pair encoding needs all 256");
        }
    }

    public int Count => _starts.Length - 1;

    public ReadOnlySpan<byte> TokenBytes(int rank) => _bytes.AsSpan(_starts[rank], _starts[rank + 1] - _starts[rank]);

    /// <summary>The rank of the token spelled by <paramref name="bytes"/>, or <see cref="NoRank"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Rank(ReadOnlySpan<byte> bytes)
    {
        var hash = SpanHash.Of(bytes);
        var slot = hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
                return NoRank;
            if (_slotHashes[slot] == hash)
            {
                var rank = entry - 1;
                var start = _starts[rank];
                if (_starts[rank + 1] - start == bytes.Length && _bytes.AsSpan(start, bytes.Length).SequenceEqual(bytes))
                    return rank;
            }

            slot = (slot + 1) & _mask;
        }
    }

    public static BpeVocabulary Load(TokenEncoding encoding)
    {
        var (assembly, resource) = encoding switch
        {
            TokenEncoding.O200kBase => ("Microsoft.ML.Tokenizers.Data.O200kBase", "o200k_base.tiktoken.deflate"),
            TokenEncoding.Cl100kBase => ("Microsoft.ML.Tokenizers.Data.Cl100kBase", "cl100k_base.tiktoken.deflate"),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
        };

        using var compressed = Assembly.Load(assembly).GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{assembly} has no resource {resource}");
        using var inflated = new DeflateStream(compressed, CompressionMode.Decompress);
        // The text inflates to about three times the resource: start there rather than grow by doubling.
        using var text = new MemoryStream(checked((int)compressed.Length * 3 + 4096));
        inflated.CopyTo(text);
        return Parse(text.GetBuffer().AsSpan(0, (int)text.Length));
    }

    internal static BpeVocabulary Parse(ReadOnlySpan<byte> text)
    {
        // Decoded straight into arrays sized up front: base64 never decodes to more than 3/4 of its length, and the
        // "Capacity: N" line says how many tokens follow (the starts array still grows if it says too few).
        var bytes = new byte[text.Length / 4 * 3 + 3];
        var starts = new int[Capacity(text) + 1];
        var count = 0;
        var written = 0;
        var first = true;
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf((byte)'\n');
            var line = (newline < 0 ? text : text[..newline]).TrimEnd((byte)'\r');
            text = newline < 0 ? default : text[(newline + 1)..];
            if (line.IsEmpty)
                continue;
            if (first && line.StartsWith("Capacity:"u8))
            {
                first = false;
                continue;
            }

            first = false;
            var decoded = DecodeBase64(line, bytes.AsSpan(written));
            if (decoded < 0)
                throw new InvalidDataException($"vocabulary line {count + 1} is not base64");
            written += decoded;
            if (++count == starts.Length)
                Array.Resize(ref starts, starts.Length * 2);
            starts[count] = written;
        }

        return new BpeVocabulary(bytes, starts.AsSpan(0, count + 1).ToArray());
    }

    /// <summary>N of a first line "Capacity: N", else a guess from the text's length; only sizes an array.</summary>
    private static int Capacity(ReadOnlySpan<byte> text)
    {
        var newline = text.IndexOf((byte)'\n');
        var line = newline < 0 ? text : text[..newline];
        return line.StartsWith("Capacity:"u8) && Utf8Parser.TryParse(line["Capacity:"u8.Length..].Trim((byte)' '), out int capacity, out _) && capacity is > 0 and < 1 << 24
            ? capacity
            : text.Length / 8 + 16;
    }

    /// <summary>
    /// Decodes one padded base64 token (a few characters, so a table beats the vectorised decoder's set-up) into
    /// <paramref name="destination"/>; the number of bytes written, or -1 when <paramref name="line"/> is not base64.
    /// </summary>
    private static int DecodeBase64(ReadOnlySpan<byte> line, Span<byte> destination)
    {
        if (line.Length % 4 != 0)
            return -1;
        var sextets = Sextets;
        var written = 0;
        var last = line.Length - 4;
        for (var i = 0; i < last; i += 4)
        {
            int a = sextets[line[i]], b = sextets[line[i + 1]], c = sextets[line[i + 2]], d = sextets[line[i + 3]];
            if ((a | b | c | d) < 0)
                return -1;
            destination[written] = (byte)((a << 2) | (b >> 4));
            destination[written + 1] = (byte)((b << 4) | (c >> 2));
            destination[written + 2] = (byte)((c << 6) | d);
            written += 3;
        }

        // The last four characters may end in one or two '=' of padding.
        var padding = line[^1] != '=' ? 0 : line[^2] != '=' ? 1 : 2;
        int e = sextets[line[last]], f = sextets[line[last + 1]];
        int g = padding == 2 ? 0 : sextets[line[last + 2]], h = padding >= 1 ? 0 : sextets[line[last + 3]];
        if ((e | f | g | h) < 0)
            return -1;
        destination[written++] = (byte)((e << 2) | (f >> 4));
        if (padding < 2)
            destination[written++] = (byte)((f << 4) | (g >> 2));
        if (padding < 1)
            destination[written++] = (byte)((g << 6) | h);
        return written;
    }

    /// <summary>The value of each base64 character, -1 for every other byte (so that an OR of four is negative).</summary>
    private static ReadOnlySpan<sbyte> Sextets =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 62, -1, -1, -1, 63,
        52, 53, 54, 55, 56, 57, 58, 59, 60, 61, -1, -1, -1, -1, -1, -1,
        -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
        15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, -1, -1, -1, -1, -1,
        -1, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
        41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    ];
}
