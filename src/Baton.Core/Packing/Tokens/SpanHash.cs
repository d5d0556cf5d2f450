using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Baton.Packing.Tokens;

/// <summary>A fast non-cryptographic hash of short byte strings (tokens, pieces); inputs are never attacker-chosen keys of a shared service.</summary>
internal static class SpanHash
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    public static int Of(ReadOnlySpan<char> chars) => Of(MemoryMarshal.AsBytes(chars));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of(ReadOnlySpan<byte> bytes)
    {
        ref var start = ref MemoryMarshal.GetReference(bytes);
        var length = bytes.Length;
        var hash = (ulong)length * Multiplier;
        var i = 0;
        for (; i + 8 <= length; i += 8)
            hash = (BitOperations.RotateLeft(hash, 23) ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, i))) * Multiplier;

        var rest = length - i;
        if (rest > 0)
        {
            ulong tail = 0;
            if ((rest & 4) != 0)
            {
                tail = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, i));
                i += 4;
            }

            if ((rest & 2) != 0)
            {
                tail = (tail << 16) | Unsafe.ReadUnaligned<ushort>(ref Unsafe.Add(ref start, i));
                i += 2;
            }

            if ((rest & 1) != 0)
                tail = (tail << 8) | Unsafe.Add(ref start, i);
            hash = (BitOperations.RotateLeft(hash, 23) ^ tail) * Multiplier;
        }

        return (int)(hash >> 32) ^ (int)hash;
    }
}
