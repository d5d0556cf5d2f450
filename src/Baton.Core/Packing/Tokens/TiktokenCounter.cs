using System.Text.Unicode;

namespace Baton.Packing.Tokens;

/// <summary>
/// Counts tokens as tiktoken does: split by the encoding's pattern (a hand-written scanner, see
/// <see cref="O200kPreTokenizer"/>), then byte-pair merge each piece, with counts memoised per piece because most
/// pieces repeat. Counters are made once per encoding and shared; they are thread-safe. A counter loads its
/// vocabulary on the first count that needs it, so that a pack whose counts all come from the store's cache never
/// pays for it. See docs/tokens.md.
/// </summary>
public abstract class TiktokenCounter : ITokenCounter
{
    private static readonly Lazy<TiktokenCounter> O200k = new(() => Create(TokenEncoding.O200kBase));
    private static readonly Lazy<TiktokenCounter> Cl100k = new(() => Create(TokenEncoding.Cl100kBase));

    // Counting runs on several threads: the first to need the vocabulary loads it, the others wait for that load.
    private readonly Lazy<BpeVocabulary> _vocabulary;

    private protected TiktokenCounter(TokenEncoding encoding)
    {
        Encoding = encoding;
        _vocabulary = new(() => BpeVocabulary.Load(encoding), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public TokenEncoding Encoding { get; }

    internal BpeVocabulary Vocabulary => _vocabulary.Value;

    /// <summary>Whether a count (or <see cref="Vocabulary"/>) has loaded the vocabulary yet.</summary>
    internal bool IsVocabularyLoaded => _vocabulary.IsValueCreated;

    /// <summary>
    /// The shared counter of <paramref name="encoding"/>; cheap: its vocabulary (some 30 ms to load) is loaded by the
    /// first count that needs it.
    /// </summary>
    public static TiktokenCounter For(TokenEncoding encoding) => encoding switch
    {
        TokenEncoding.O200kBase => O200k.Value,
        TokenEncoding.Cl100kBase => Cl100k.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    /// <summary>The shared counter of the encoding named <paramref name="name"/> (o200k_base, cl100k_base); other names are a <see cref="BatonException"/>.</summary>
    public static TiktokenCounter For(string name) => For(TokenEncodings.Parse(name));

    /// <summary>A counter of its own, not the shared one: for tests that watch when the vocabulary loads.</summary>
    internal static TiktokenCounter Create(TokenEncoding encoding) => encoding switch
    {
        TokenEncoding.O200kBase => new Counter<O200kPreTokenizer>(encoding),
        TokenEncoding.Cl100kBase => new Counter<Cl100kPreTokenizer>(encoding),
        _ => throw new ArgumentOutOfRangeException(nameof(encoding), encoding, null),
    };

    public abstract int Count(ReadOnlySpan<char> text);

    /// <summary>How many pieces the pre-tokenizer cuts <paramref name="text"/> into: times the scanner alone.</summary>
    internal abstract int CountPieces(ReadOnlySpan<char> text);

    /// <summary>The pieces the pre-tokenizer cuts <paramref name="text"/> into; for tests and diagnostics, not the hot path.</summary>
    internal abstract IReadOnlyList<string> Pieces(ReadOnlySpan<char> text);

    private sealed class Counter<TPreTokenizer>(TokenEncoding encoding) : TiktokenCounter(encoding)
        where TPreTokenizer : struct, IPreTokenizer
    {
        // One per thread and encoding (a static of this generic class is per pre-tokenizer): no locks, no sharing.
        [ThreadStatic]
        private static ShortPieceCache? t_shortPieces;

        private readonly PieceCache _cache = new(slotBits: 16);

        public override int Count(ReadOnlySpan<char> text)
        {
            var shortPieces = t_shortPieces ??= new ShortPieceCache();
            var total = 0;
            var start = 0;
            while (start < text.Length)
            {
                var end = TPreTokenizer.PieceEnd(text, start);
                var length = end - start;
                if (length == 1 && text[start] < 0x80)
                {
                    total++; // every ASCII char is a token of its own
                }
                else if (length <= ShortPieceCache.MaxLength)
                {
                    if (!shortPieces.TryGet(text, start, length, out var count, out var slot))
                    {
                        count = CountUncached(text.Slice(start, length));
                        shortPieces.Store(slot, count);
                    }

                    total += count;
                }
                else
                {
                    total += CountPiece(text.Slice(start, length));
                }

                start = end;
            }

            return total;
        }

        internal override int CountPieces(ReadOnlySpan<char> text)
        {
            var pieces = 0;
            for (var start = 0; start < text.Length; start = TPreTokenizer.PieceEnd(text, start))
                pieces++;
            return pieces;
        }

        internal override IReadOnlyList<string> Pieces(ReadOnlySpan<char> text)
        {
            var pieces = new List<string>();
            for (var start = 0; start < text.Length;)
            {
                var end = TPreTokenizer.PieceEnd(text, start);
                pieces.Add(text[start..end].ToString());
                start = end;
            }

            return pieces;
        }

        private int CountPiece(ReadOnlySpan<char> piece)
        {
            if (piece.Length > PieceCache.MaxPieceLength)
                return CountUncached(piece);

            var hash = SpanHash.Of(piece);
            if (_cache.TryGet(piece, hash, out var count))
                return count;
            count = CountUncached(piece);
            _cache.Add(piece, hash, count);
            return count;
        }

        private int CountUncached(ReadOnlySpan<char> piece)
        {
            // Lone surrogates become U+FFFD (EF BF BD), as TextEncoder writes them in js-tiktoken.
            var maxBytes = piece.Length * 3;
            var rented = maxBytes > 1024 ? new byte[maxBytes] : null;
            Span<byte> utf8 = rented ?? stackalloc byte[1024];
            Utf8.FromUtf16(piece, utf8, out _, out var written, replaceInvalidSequences: true);
            utf8 = utf8[..written];
            var vocabulary = Vocabulary;
            return vocabulary.Rank(utf8) != BpeVocabulary.NoRank ? 1 : BytePairCounter.Count(vocabulary, utf8);
        }
    }
}
