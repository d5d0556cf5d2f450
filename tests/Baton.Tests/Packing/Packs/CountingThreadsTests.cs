using Baton.Packing;
using Baton.Packing.Tokens;

namespace Baton.Tests.Packing.Packs;

public sealed class CountingThreadsTests
{
    [Fact]
    public async Task CountAsync_ManyAtOnce_GivesEachTextItsExactCount()
    {
        var counter = TiktokenCounter.For(TokenEncoding.O200kBase);
        var texts = Enumerable.Range(0, 300).Select(i => $"line {i}: {new string('x', i % 70)} über {i * 7919} 😀\n").ToList();

        using var threads = new CountingThreads(2);
        var counts = await Task.WhenAll(texts.Select(t => Task.Run(() => threads.CountAsync(counter, t.AsMemory()), TestContext.Current.CancellationToken)));

        Assert.Equal(texts.Select(t => counter.Count(t)), counts);
    }

    [Fact]
    public async Task Dispose_FinishesWhatWasQueued()
    {
        var counter = TiktokenCounter.For(TokenEncoding.O200kBase);
        Task<int> last;
        using (var threads = new CountingThreads(1))
        {
            for (var i = 0; i < 50; i++)
                _ = threads.CountAsync(counter, "a few words of text\n".AsMemory());
            last = threads.CountAsync(counter, "the last one\n".AsMemory());
        }

        Assert.True(last.IsCompleted);
        Assert.Equal(counter.Count("the last one\n"), await last);
    }

    [Fact]
    public async Task CountAsync_AfterDispose_IsAFailedTask()
    {
        var threads = new CountingThreads(1);
        threads.Dispose();

        var late = threads.CountAsync(TiktokenCounter.For(TokenEncoding.O200kBase), "too late\n".AsMemory());

        await Assert.ThrowsAsync<ObjectDisposedException>(() => late);
    }
}
