using System.Buffers;

namespace Baton.Packing;

/// <summary>
/// Buffers for file text and blocks: small ones from the shared pool, large ones allocated to size and left to the
/// GC. The shared pool rounds a request up to a power of two and keeps what it is given back, so pooling the few
/// multi-megabyte files of a tree would hold up to twice their size for the rest of the run.
/// </summary>
internal static class LargeArrays
{
    /// <summary>Arrays of more elements than this are not pooled.</summary>
    public const int PooledLength = 1 << 20;

    public static T[] Rent<T>(int length) =>
        length > PooledLength ? GC.AllocateUninitializedArray<T>(length) : ArrayPool<T>.Shared.Rent(length);

    public static void Return<T>(T[] array)
    {
        if (array.Length is > 0 and <= PooledLength)
            ArrayPool<T>.Shared.Return(array);
    }
}
