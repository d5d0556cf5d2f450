namespace Baton.Packing.Tokens;

/// <summary>
/// Memoised token counts of pieces, shared by all threads without locks: a direct-mapped table of immutable entries,
/// where a newer piece simply replaces an older one in its slot. Bounded by construction; a reader sees either the
/// whole old entry or the whole new one, and checks the key, so a race can cost a recount but never a wrong count.
/// </summary>
internal sealed class PieceCache(int slotBits)
{
    /// <summary>Longer pieces are rare (long words, runs of spaces) and would only evict common ones.</summary>
    public const int MaxPieceLength = 64;

    private readonly Entry?[] _slots = new Entry?[1 << slotBits];

    public bool TryGet(ReadOnlySpan<char> piece, int hash, out int count)
    {
        var entry = _slots[hash & (_slots.Length - 1)];
        if (entry is not null && entry.Hash == hash && piece.SequenceEqual(entry.Piece))
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void Add(ReadOnlySpan<char> piece, int hash, int count) =>
        Volatile.Write(ref _slots[hash & (_slots.Length - 1)], new Entry(piece.ToString(), hash, count));

    private sealed class Entry(string piece, int hash, int count)
    {
        public readonly string Piece = piece;
        public readonly int Hash = hash;
        public readonly int Count = count;
    }
}
