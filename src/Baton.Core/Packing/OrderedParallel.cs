using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Baton.Packing;

/// <summary>
/// Runs work on the thread pool with a bounded number of results in flight and yields them in the input's order:
/// the pack reads, scans and counts on every core while its output stays in git's order and its memory stays bounded.
/// </summary>
internal static class OrderedParallel
{
    public static IAsyncEnumerable<TResult> SelectAsync<TSource, TResult>(
        IEnumerable<TSource> source,
        Func<TSource, CancellationToken, Task<TResult>> work,
        int window,
        CancellationToken cancellationToken = default) =>
        SelectAsync(Async(source), work, window, cancellationToken);

    /// <summary>The same over a source that is itself produced as it goes (it is pulled on one task, in order).</summary>
    public static async IAsyncEnumerable<TResult> SelectAsync<TSource, TResult>(
        IAsyncEnumerable<TSource> source,
        Func<TSource, CancellationToken, Task<TResult>> work,
        int window,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<Task<TResult>>(new BoundedChannelOptions(Math.Max(1, window)) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var item in source.WithCancellation(stop.Token))
                {
                    var task = Task.Run(() => work(item, stop.Token), stop.Token);
                    await channel.Writer.WriteAsync(task, stop.Token);
                }

                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var task in channel.Reader.ReadAllAsync(cancellationToken))
                yield return await task;
            await producer;
        }
        finally
        {
            await stop.CancelAsync();
            try
            {
                await producer;
            }
            catch (OperationCanceledException)
            {
                // Stopped early: the consumer failed or left; its own exception is the one that matters.
            }

            while (channel.Reader.TryRead(out var pending))
            {
                try
                {
                    await pending;
                }
                catch (Exception)
                {
                    // Work started before the stop; its result is no longer wanted.
                }
            }
        }
    }

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> source)
    {
        foreach (var item in source)
            yield return item;
        await Task.CompletedTask;
    }
}
