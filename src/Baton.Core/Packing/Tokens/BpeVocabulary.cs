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
                if (TokenBytes(_slots[slot] - 1).SequenceEqual(token))
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
        using var text = new MemoryStream();
        inflated.CopyTo(text);
        return Parse(text.GetBuffer().AsSpan(0, (int)text.Length));
    }

    internal static BpeVocabulary Parse(ReadOnlySpan<byte> text)
    {
        var bytes = new List<byte>(text.Length);
        var starts = new List<int> { 0 };
        Span<byte> token = stackalloc byte[512];
        var first = true;
        foreach (var range in text.Split((byte)'\n'))
        {
            var line = text[range].TrimEnd((byte)'\r');
            if (line.IsEmpty)
                continue;
            if (first && line.StartsWith("Capacity:"u8))
            {
                first = false;
                continue;
            }

            first = false;
            if (Base64.DecodeFromUtf8(line, token, out _, out var written) != System.Buffers.OperationStatus.Done)
                throw new InvalidDataException($"vocabulary line {starts.Count} is not base64");
            bytes.AddRange(token[..written]);
            starts.Add(bytes.Count);
        }

        return new BpeVocabulary([.. bytes], [.. starts]);
    }
}
