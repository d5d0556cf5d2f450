using Baton.Library;
using Baton.Storage;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task AddItemAsync_TwoStoresWritingAtOnce_KeepsEveryItem()
    {
        const int PerWriter = 500;
        await using var other = await OpenSameStoreAsync();
        var mine = Enumerable.Range(0, PerWriter).Select(n => Draft($"mine {n}", at: T0.AddMilliseconds(n))).ToList();
        var theirs = Enumerable.Range(0, PerWriter).Select(n => Draft($"theirs {n}", at: T0.AddMilliseconds(n))).ToList();
        using var start = new Barrier(2);

        await Task.WhenAll(
            Task.Run(() => AddOneByOneAsync(Store, mine, start), Ct),
            Task.Run(() => AddOneByOneAsync(other, theirs, start), Ct));

        var stored = await Store.ListAsync(new ItemFilter { Limit = 10 * PerWriter }, Ct);
        Assert.Equal(2 * PerWriter, stored.Count);
        Assert.Equal(mine.Concat(theirs).Select(i => i.Id).Order(StringComparer.Ordinal), stored.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2 * PerWriter, await EventCountAsync());
    }

    [Fact]
    public async Task FindTokenCountAsync_WhileTheVaultWritesOnAnotherThread_Answers()
    {
        // A pack's workers look counts up while its writer thread adds pseudonyms, on the same store.
        await Store.Vault.BindKeyAsync("k", T0, Ct);
        using var start = new Barrier(2);

        var writing = Task.Run(async () =>
        {
            start.SignalAndWait(Ct);
            for (var n = 0; n < 200; n++)
                await Store.Vault.AddPseudonymsAsync("k", [Email(n)], FakeSeal, T0, Ct);
        }, Ct);
        var reading = Task.Run(async () =>
        {
            start.SignalAndWait(Ct);
            for (var n = 0; n < 2000; n++)
                Assert.Null(await Store.FindTokenCountAsync("o200k_base", $"{n:x64}", Ct));
        }, Ct);
        await Task.WhenAll(writing, reading);

        Assert.Equal(200, (await Store.Vault.GetVaultStateAsync(Ct)).Entries);
    }

    private static async Task AddOneByOneAsync(IBatonStore store, IReadOnlyList<Item> items, Barrier start)
    {
        start.SignalAndWait(Ct);
        foreach (var item in items)
            await store.AddItemAsync(item, Ct);
    }

    [Fact]
    public async Task UpdateItemAsync_TwoStoresSameExpectedRevision_ExactlyOneWins()
    {
        // Several rounds, because one round rarely hits the window in which both writers have read revision 1.
        const int Rounds = 25;
        await using var other = await OpenSameStoreAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var item = await AddAsync($"Contended {round}", "Original.");
            using var start = new Barrier(2);

            var outcomes = await Task.WhenAll(
                Task.Run(() => TryUpdateAsync(Store, item.Id, Ada, "Ada's version.", start), Ct),
                Task.Run(() => TryUpdateAsync(other, item.Id, Claude, "Claude's version.", start), Ct));

            var winner = Assert.Single(outcomes, o => o.Updated is not null).Updated!;
            Assert.Equal(ErrorKind.Conflict, Assert.Single(outcomes, o => o.Error is not null).Error!.Kind);
            Assert.Equal(2, winner.Revision);
            AssertSameItem(winner, await Store.FindItemAsync(item.Id, Ct));
            Assert.Equal(["Original.", winner.Body], (await Store.GetRevisionsAsync(item.Id, Ct)).Select(r => r.Body));
            Assert.Equal(["item.created", "item.revised"], (await Store.GetEventsAsync(item.Id, Ct)).Select(e => e.Kind));
        }
    }

    private static async Task<(Item? Updated, BatonException? Error)> TryUpdateAsync(
        IBatonStore store, string id, RevisionAuthor author, string body, Barrier start)
    {
        start.SignalAndWait(Ct);
        try
        {
            return (await store.UpdateItemAsync(id, Change(author, 1) with { Body = body }, T0.AddMinutes(1), Ct), null);
        }
        catch (BatonException e)
        {
            return (null, e);
        }
    }
}
