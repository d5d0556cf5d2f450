using System.Buffers;

namespace Baton.Packing.Tokens;

/// <summary>
/// Counts the tokens byte-pair encoding makes of one piece, merging as tiktoken does: repeatedly the adjacent pair
/// whose concatenation has the lowest rank, the leftmost of equal ranks, until no pair is a token.
/// </summary>
internal static class BytePairCounter
{
    // Above this length the quadratic scan loses to a heap; both merge in the same order.
    private const int ScanLimit = 128;

    public static int Count(BpeVocabulary vocabulary, ReadOnlySpan<byte> piece) => piece.Length switch
    {
        0 => 0,
        1 => 1,
        <= ScanLimit => CountByScan(vocabulary, piece),
        _ => CountByHeap(vocabulary, piece),
    };

    /// <summary>tiktoken's own loop: part boundaries and the rank of each part with its right neighbour, in arrays.</summary>
    internal static int CountByScan(BpeVocabulary vocabulary, ReadOnlySpan<byte> piece)
    {
        var n = piece.Length;
        Span<int> starts = n < 256 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> ranks = n < 256 ? stackalloc int[n] : new int[n];
        for (var i = 0; i <= n; i++)
            starts[i] = i;
        for (var i = 0; i < n - 1; i++)
            ranks[i] = vocabulary.Rank(piece.Slice(i, 2));
        ranks[n - 1] = BpeVocabulary.NoRank;

        var parts = n;
        while (parts > 1)
        {
            var best = 0;
            var bestRank = ranks[0];
            for (var i = 1; i < parts - 1; i++)
            {
                if (ranks[i] < bestRank)
                    (best, bestRank) = (i, ranks[i]);
            }

            if (bestRank == BpeVocabulary.NoRank)
                break;

            // Part best swallows part best + 1.
            starts[(best + 2)..(parts + 1)].CopyTo(starts[(best + 1)..]);
            ranks[(best + 2)..parts].CopyTo(ranks[(best + 1)..]);
            parts--;
            ranks[best] = PairRank(vocabulary, piece, starts, best, parts);
            if (best > 0)
                ranks[best - 1] = PairRank(vocabulary, piece, starts, best - 1, parts);
        }

        return parts;
    }

    /// <summary>The same merges with a doubly linked list of parts and a min-heap of (rank, position): O(n log n) for long pieces.</summary>
    internal static int CountByHeap(BpeVocabulary vocabulary, ReadOnlySpan<byte> piece)
    {
        var n = piece.Length;
        var next = ArrayPool<int>.Shared.Rent(n);
        var prev = ArrayPool<int>.Shared.Rent(n);
        var rankAt = ArrayPool<int>.Shared.Rent(n);
        try
        {
            var heap = new PriorityQueue<int, long>(n);
            for (var i = 0; i < n; i++)
            {
                next[i] = i + 1;
                prev[i] = i - 1;
                rankAt[i] = i + 1 < n ? vocabulary.Rank(piece.Slice(i, 2)) : BpeVocabulary.NoRank;
                if (rankAt[i] != BpeVocabulary.NoRank)
                    heap.Enqueue(i, Key(rankAt[i], i));
            }

            var parts = n;
            while (heap.TryDequeue(out var left, out var key))
            {
                // Stale entries: the part was swallowed (marked by rank -1) or its right neighbour changed.
                if (rankAt[left] != (int)(key >> 32))
                    continue;

                var right = next[left];
                next[left] = next[right];
                if (next[right] < n)
                    prev[next[right]] = left;
                rankAt[right] = -1;
                parts--;

                var after = next[left];
                rankAt[left] = after < n ? RankOf(vocabulary, piece, left, next[after]) : BpeVocabulary.NoRank;
                if (rankAt[left] != BpeVocabulary.NoRank)
                    heap.Enqueue(left, Key(rankAt[left], left));
                var before = prev[left];
                if (before >= 0)
                {
                    rankAt[before] = RankOf(vocabulary, piece, before, after);
                    if (rankAt[before] != BpeVocabulary.NoRank)
                        heap.Enqueue(before, Key(rankAt[before], before));
                }
            }

            return parts;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<int>.Shared.Return(prev);
            ArrayPool<int>.Shared.Return(rankAt);
        }
    }

    private static long Key(int rank, int position) => ((long)rank << 32) | (uint)position;

    private static int RankOf(BpeVocabulary vocabulary, ReadOnlySpan<byte> piece, int start, int end) =>
        vocabulary.Rank(piece[start..end]);

    private static int PairRank(BpeVocabulary vocabulary, ReadOnlySpan<byte> piece, Span<int> starts, int part, int parts) =>
        part + 2 <= parts ? vocabulary.Rank(piece[starts[part]..starts[part + 2]]) : BpeVocabulary.NoRank;
}
