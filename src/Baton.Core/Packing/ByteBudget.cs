namespace Baton.Packing;

/// <summary>
/// Bounds the file bytes a pack holds between reading a file and writing (or counting) its block. Room is taken in
/// the files' order, by the one task that feeds the pipeline, and given back as each file leaves it; so a tree of
/// small files keeps every core busy while a few multi-megabyte files pass one or two at a time, and peak memory
/// depends on the budget, not on the size of the tree. A file larger than the whole budget takes all of it.
/// </summary>
internal sealed class ByteBudget(long capacity)
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _returned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _free = capacity;

    public long Capacity { get; } = capacity;

    /// <summary>Waits until <paramref name="bytes"/> (at least 1, at most the capacity) are free and takes them; returns what was taken.</summary>
    public async ValueTask<long> TakeAsync(long bytes, CancellationToken cancellationToken)
    {
        var wanted = Math.Clamp(bytes, 1, Capacity);
        while (true)
        {
            Task returned;
            lock (_gate)
            {
                if (_free >= wanted)
                {
                    _free -= wanted;
                    return wanted;
                }

                returned = _returned.Task;
            }

            await returned.WaitAsync(cancellationToken);
        }
    }

    public void Return(long taken)
    {
        if (taken <= 0)
            return;
        TaskCompletionSource returned;
        lock (_gate)
        {
            _free += taken;
            returned = _returned;
            _returned = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        returned.SetResult();
    }

    /// <summary>The items in order, each once its room was taken; whoever finishes with an item returns its room.</summary>
    public async IAsyncEnumerable<(T Item, long Room)> InOrder<T>(IEnumerable<T> items, Func<T, long> bytes, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
            yield return (item, await TakeAsync(bytes(item), cancellationToken));
    }
}
