using Baton.Packing;

namespace Baton.Tests.Packing.Packs;

public sealed class ByteBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TakeAsync_WhenFull_WaitsUntilRoomIsReturned()
    {
        var budget = new ByteBudget(100);
        var first = await budget.TakeAsync(70, Ct);

        var second = budget.TakeAsync(50, Ct).AsTask();
        await Task.Delay(50, Ct);
        Assert.False(second.IsCompleted);

        budget.Return(first);
        Assert.Equal(50, await second.WaitAsync(TimeSpan.FromSeconds(10), Ct));
    }

    [Fact]
    public async Task TakeAsync_MoreThanTheCapacity_TakesAllOfIt()
    {
        var budget = new ByteBudget(100);

        Assert.Equal(100, await budget.TakeAsync(5_000_000, Ct));
        Assert.False(budget.TakeAsync(1, Ct).AsTask().IsCompleted);
    }

    [Fact]
    public async Task TakeAsync_Nothing_StillTakesOneByte()
    {
        var budget = new ByteBudget(2);

        Assert.Equal(1, await budget.TakeAsync(0, Ct));
        Assert.Equal(1, await budget.TakeAsync(0, Ct));
        Assert.False(budget.TakeAsync(0, Ct).AsTask().IsCompleted);
    }

    [Fact]
    public async Task TakeAsync_Cancelled_Throws()
    {
        var budget = new ByteBudget(10);
        await budget.TakeAsync(10, Ct);
        using var cancel = new CancellationTokenSource();

        var waiting = budget.TakeAsync(1, cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task InOrder_NeverHoldsMoreThanTheCapacity_AndYieldsEveryItemInOrder()
    {
        var budget = new ByteBudget(1_000);
        var sizes = Enumerable.Range(0, 200).Select(i => (long)(i * 37 % 900)).ToList();
        long held = 0, peak = 0;
        var seen = new List<long>();
        var returns = new List<Task>();
        async Task ReturnLaterAsync(long room)
        {
            await Task.Delay(1, Ct);
            Interlocked.Add(ref held, -room);
            budget.Return(room);
        }


        await foreach (var (size, room) in budget.InOrder(sizes, s => s, Ct))
        {
            seen.Add(size);
            peak = Math.Max(peak, Interlocked.Add(ref held, room));
            returns.Add(ReturnLaterAsync(room));
        }

        await Task.WhenAll(returns);
        Assert.Equal(sizes, seen);
        Assert.InRange(peak, 1, 1_000);
    }
}
