using Baton.Storage;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    private static SealedValue FakeSeal(PseudonymRequest request, PseudonymRef placeholder) =>
        new(new byte[12], System.Text.Encoding.UTF8.GetBytes($"{request.Lookup}={placeholder}"));

    private static PseudonymRequest Email(int n) => new(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData([(byte)n, 1])), "email", "EMAIL");

    [Fact]
    public async Task Vault_New_HasAnIdNoKeyAndNoEntries()
    {
        var state = await Store.Vault.GetVaultStateAsync(Ct);

        Assert.Matches("^[0-9a-f]{32}$", state.VaultId);
        Assert.Null(state.KeyCheck);
        Assert.Equal(0, state.Entries);
    }

    [Fact]
    public async Task BindKeyAsync_EntriesSealedUnderAnotherKey_KeepsTheFirstKey()
    {
        Assert.Equal("key-a", await Store.Vault.BindKeyAsync("key-a", T0, Ct));
        Assert.Equal("key-b", await Store.Vault.BindKeyAsync("key-b", T0, Ct)); // nothing sealed yet: nothing to lose
        await Store.Vault.AddPseudonymsAsync("key-b", [Email(1)], FakeSeal, T0, Ct);

        Assert.Equal("key-b", await Store.Vault.BindKeyAsync("key-c", T0, Ct));
        Assert.Equal("key-b", (await Store.Vault.GetVaultStateAsync(Ct)).KeyCheck);
    }

    [Fact]
    public async Task AddPseudonymsAsync_SameLookupTwice_OnePlaceholderAndNumbersPerLabel()
    {
        await Store.Vault.BindKeyAsync("k", T0, Ct);
        var phone = new PseudonymRequest("ab", "phone-number", "PHONE_NUMBER");

        var first = await Store.Vault.AddPseudonymsAsync("k", [Email(1), Email(2), phone, Email(1)], FakeSeal, T0, Ct);
        var again = await Store.Vault.AddPseudonymsAsync("k", [Email(2)], FakeSeal, T0, Ct);

        Assert.Equal(["<EMAIL_1>", "<EMAIL_2>", "<PHONE_NUMBER_1>", "<EMAIL_1>"], first.Select(p => p.ToString()));
        Assert.Equal("<EMAIL_2>", Assert.Single(again).ToString());
        var found = await Store.Vault.FindPseudonymsAsync([Email(1).Lookup, "cd"], Ct);
        Assert.Equal(new PseudonymRef("EMAIL", 1), Assert.Single(found).Value);
        var entries = await Store.Vault.FindEntriesAsync([new PseudonymRef("EMAIL", 2), new PseudonymRef("EMAIL", 9)], Ct);
        Assert.Equal(Email(2).Lookup, Assert.Single(entries).Lookup);
        Assert.Equal(["vault.key-bound", "vault.pseudonyms-added"], (await Store.GetEventsAsync("vault", Ct)).Select(e => e.Kind));
    }

    [Fact]
    public async Task AddPseudonymsAsync_KeyNoLongerBound_ThrowsAndWritesNothing()
    {
        await Store.Vault.BindKeyAsync("k", T0, Ct);

        await Assert.ThrowsAsync<BatonException>(() => Store.Vault.AddPseudonymsAsync("other", [Email(1)], FakeSeal, T0, Ct));

        Assert.Equal(0, (await Store.Vault.GetVaultStateAsync(Ct)).Entries);
    }

    [Fact]
    public async Task AddPseudonymsAsync_TwoStoresAddingOverlappingValuesAtOnce_OnePlaceholderPerValueAndNoSharedNumbers()
    {
        const int Values = 200;
        await Store.Vault.BindKeyAsync("k", T0, Ct);
        await using var other = await OpenSameStoreAsync();
        using var start = new Barrier(2);
        // Both add every value, one at a time, in opposite orders, so each value is new to one of them at some point.
        var forward = Enumerable.Range(0, Values).Select(Email).ToList();
        var backward = Enumerable.Reverse(forward).ToList();

        var results = await Task.WhenAll(
            Task.Run(() => AddEachAsync(Store, forward, start), Ct),
            Task.Run(() => AddEachAsync(other, backward, start), Ct));

        var mine = forward.Zip(results[0]).ToDictionary(p => p.First.Lookup, p => p.Second);
        var theirs = backward.Zip(results[1]).ToDictionary(p => p.First.Lookup, p => p.Second);
        Assert.All(mine, p => Assert.Equal(p.Value, theirs[p.Key]));
        Assert.Equal(Enumerable.Range(1, Values).Select(n => (long)n), mine.Values.Select(p => p.Number).Order());
        Assert.Equal(Values, (await Store.Vault.GetVaultStateAsync(Ct)).Entries);
    }

    [Fact]
    public async Task ForgetAsync_DropsEntriesAndUnbindsTheKey()
    {
        await Store.Vault.BindKeyAsync("k", T0, Ct);
        await Store.Vault.AddPseudonymsAsync("k", [Email(1), Email(2)], FakeSeal, T0, Ct);

        Assert.Equal(2, await Store.Vault.ForgetAsync(T0, Ct));

        var state = await Store.Vault.GetVaultStateAsync(Ct);
        Assert.Equal((null, 0L), (state.KeyCheck, state.Entries));
        Assert.Equal("new", await Store.Vault.BindKeyAsync("new", T0, Ct));
        Assert.Equal("<EMAIL_1>", (await Store.Vault.AddPseudonymsAsync("new", [Email(2)], FakeSeal, T0, Ct))[0].ToString());
    }

    private static async Task<IReadOnlyList<PseudonymRef>> AddEachAsync(IBatonStore store, IReadOnlyList<PseudonymRequest> requests, Barrier start)
    {
        start.SignalAndWait(Ct);
        var placeholders = new List<PseudonymRef>();
        foreach (var request in requests)
            placeholders.Add((await store.Vault.AddPseudonymsAsync("k", [request], FakeSeal, T0, Ct))[0]);
        return placeholders;
    }
}
