using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Baton.Packing.Tokens;

/// <summary>
/// Memoised counts of short pieces (up to <see cref="MaxLength"/> chars, most of any text) kept inline in one
/// array, so that a hit costs one cache line and no pointer chasing. Not thread-safe: each thread has its own
/// (see <see cref="TiktokenCounter"/>); a newer piece replaces an older one in its slot.
/// </summary>
internal sealed class ShortPieceCache
{
    public const int MaxLength = 12;

    private const int SlotBits = 17; // 131 072 slots of 32 bytes: 4 MB per thread and encoding
    private readonly Slot[] _slots = new Slot[1 << SlotBits];

    /// <summary>Looks <paramref name="piece"/> up; on a miss, <paramref name="slot"/> is where <see cref="Store"/> puts it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> piece, out int count, out int slot)
    {
        Slot key = default;
        MemoryMarshal.AsBytes(piece).CopyTo(MemoryMarshal.AsBytes(new Span<Slot>(ref key))[..(MaxLength * sizeof(char))]);
        key.Length = piece.Length;
        var hash = (key.A * 0x9E3779B97F4A7C15) ^ (key.B * 0xC2B2AE3D27D4EB4F) ^ (key.C * 0x165667B19E3779F9) ^ (ulong)piece.Length;
        slot = (int)((hash ^ (hash >> 29)) >> (64 - SlotBits - 3)) & ((1 << SlotBits) - 1);

        ref var entry = ref _slots[slot];
        if (entry.A == key.A && entry.B == key.B && entry.C == key.C && entry.Length == key.Length && entry.Count != 0)
        {
            count = entry.Count;
            return true;
        }

        _pending = key;
        count = 0;
        return false;
    }

    /// <summary>Stores the count of the piece that the last <see cref="TryGet"/> on this cache missed.</summary>
    public void Store(int slot, int count)
    {
        _pending.Count = count;
        _slots[slot] = _pending;
    }

    private Slot _pending;

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public ulong A;
        public ulong B;
        public ulong C;
        public int Length;
        public int Count;
    }
}
