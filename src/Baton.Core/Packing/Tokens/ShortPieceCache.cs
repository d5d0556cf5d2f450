using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Baton.Packing.Tokens;

/// <summary>
/// Memoised counts of short pieces (up to <see cref="MaxLength"/> chars, most of any text) kept inline in one
/// array, so that a hit costs one or two cache lines and no pointer chasing. Not thread-safe: each thread has
/// its own (see <see cref="TiktokenCounter"/>); a newer piece replaces an older one in its slot.
/// </summary>
internal sealed class ShortPieceCache
{
    public const int MaxLength = 12;

    private const int SlotBits = 17; // 131 072 slots of 32 bytes: 4 MB per thread and encoding
    private readonly Slot[] _slots = new Slot[1 << SlotBits];
    private Slot _pending;

    /// <summary>
    /// Looks up the piece of <paramref name="length"/> chars at <paramref name="start"/> of <paramref name="text"/>;
    /// on a miss, <see cref="Store"/> with the returned slot remembers its count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> text, int start, int length, out int count, out int slot)
    {
        Slot key;
        if (text.Length - start >= MaxLength)
        {
            // Read the 24 bytes in place and mask off what follows the piece: no copy.
            ref var bytes = ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), start));
            var bits = length * 16;
            key.A = Unsafe.ReadUnaligned<ulong>(ref bytes) & Mask(bits);
            key.B = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 8)) & Mask(bits - 64);
            key.C = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, 16)) & Mask(bits - 128);
        }
        else
        {
            key = default;
            MemoryMarshal.AsBytes(text.Slice(start, length)).CopyTo(MemoryMarshal.AsBytes(new Span<Slot>(ref key))[..(MaxLength * sizeof(char))]);
        }

        key.Length = length;
        key.Count = 0;
        var hash = (key.A * 0x9E3779B97F4A7C15) ^ (key.B * 0xC2B2AE3D27D4EB4F) ^ (key.C * 0x165667B19E3779F9) ^ (ulong)length;
        slot = (int)((hash ^ (hash >> 29)) >> (64 - SlotBits - 3)) & ((1 << SlotBits) - 1);

        ref var entry = ref _slots[slot];
        if (entry.A == key.A && entry.B == key.B && entry.C == key.C && entry.Length == length && entry.Count != 0)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(int bits) => bits >= 64 ? ulong.MaxValue : bits <= 0 ? 0 : (1UL << bits) - 1;

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
