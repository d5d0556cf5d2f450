namespace Baton.Packing;

/// <summary>
/// Keeps a pack's peak memory near what it holds, not what it has allocated. A pack allocates several times the size of
/// the tree it reads (each file's text, its rendered block), nearly all of it dead as soon as the block is written; the
/// GC's adaptive young-generation budget lets that garbage grow to a hundred megabytes and more before it collects.
/// The writer calls <see cref="Tick"/> after each block, and every <see cref="Step"/> bytes of allocation the pacer
/// asks for a young-generation collection, which finds little alive (the bytes in flight, see <see cref="ByteBudget"/>)
/// and so costs about a millisecond. A multi-megabyte file's text and block live in the large object heap, which only
/// a full collection frees, so once such a file is done the pacer asks for one (the live heap is small, so it is cheap
/// too). Measured on /usr/include and the typescript package in docs/benchmarks.md.
/// </summary>
internal sealed class MemoryPacer
{
    public const long Step = 24L << 20;

    /// <summary>A file at least this large is followed by a full collection.</summary>
    public const long LargeFile = 4L << 20;

    private long _next = GC.GetTotalAllocatedBytes() + Step;

    /// <summary>A block of a file of <paramref name="fileBytes"/> is done.</summary>
    public void Tick(long fileBytes)
    {
        var allocated = GC.GetTotalAllocatedBytes();
        if (fileBytes < LargeFile && allocated < Volatile.Read(ref _next))
            return;
        Volatile.Write(ref _next, allocated + Step);
        GC.Collect(fileBytes < LargeFile ? 1 : 2, GCCollectionMode.Forced, blocking: true, compacting: false);
    }
}
