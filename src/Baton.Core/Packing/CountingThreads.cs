using System.Collections.Concurrent;
using Baton.Packing.Tokens;

namespace Baton.Packing;

/// <summary>
/// Counts a pack's blocks on a few threads of its own, one per core. The tokenizer memoises short pieces per thread
/// (<see cref="TiktokenCounter"/>); on the thread pool every block could land on another thread, each with a cold
/// table of its own, so a tree of a few large files paid the table's warm-up once per pool thread. Here each table
/// warms up once per core and stays warm for the whole pack.
/// </summary>
internal sealed class CountingThreads : IDisposable
{
    private readonly BlockingCollection<Work> _queue = [];
    private readonly Thread[] _threads;

    public CountingThreads(int count)
    {
        _threads = [.. Enumerable.Range(0, Math.Max(1, count)).Select(i => new Thread(Serve) { IsBackground = true, Name = $"baton-count-{i}" })];
        foreach (var thread in _threads)
            thread.Start();
    }

    /// <summary>The exact count of <paramref name="text"/>, which must stay unchanged until the task completes.</summary>
    public Task<int> CountAsync(TiktokenCounter counter, ReadOnlyMemory<char> text)
    {
        var work = new Work(counter, text);
        try
        {
            _queue.Add(work);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // Asked after the pack ended (a task of a failed pass): a failed task, not an exception on the caller's thread.
            return Task.FromException<int>(new ObjectDisposedException(nameof(CountingThreads), "the pack's counting threads have stopped"));
        }

        return work.Done.Task;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        foreach (var thread in _threads)
            thread.Join();
        _queue.Dispose();
    }

    private void Serve()
    {
        foreach (var work in _queue.GetConsumingEnumerable())
        {
            try
            {
                work.Done.SetResult(work.Counter.Count(work.Text.Span));
            }
            catch (Exception e)
            {
                work.Done.SetException(e);
            }
        }
    }

    private sealed record Work(TiktokenCounter Counter, ReadOnlyMemory<char> Text)
    {
        public TaskCompletionSource<int> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
