namespace Baton.Storage;

/// <summary>
/// Where a workspace keeps its pseudonym vault (see <c>Privacy/Vault/PseudonymVault</c>). The store sees only sealed
/// values and keyed lookups, never a value or a key. Writes are one transaction each, with their event, and safe
/// against other processes: one value never gets two placeholders, two values never share one.
/// </summary>
public interface IVaultStore
{
    Task<VaultState> GetVaultStateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Records <paramref name="keyCheck"/> as the vault's key when it has none yet, or has one but no entries (nothing
    /// is sealed under it, so nothing is lost); returns the key check recorded afterwards, which differs from
    /// <paramref name="keyCheck"/> when entries are sealed under another key.
    /// </summary>
    Task<string> BindKeyAsync(string keyCheck, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The placeholders already given to these lookups, by lookup; lookups without one are absent.</summary>
    Task<IReadOnlyDictionary<string, PseudonymRef>> FindPseudonymsAsync(IReadOnlyCollection<string> lookups, CancellationToken cancellationToken = default);

    /// <summary>
    /// Gives each request its placeholder: the one its lookup already has, else the next number of its label, sealing
    /// the value with <paramref name="seal"/> (called inside the transaction with the number chosen). Throws when the
    /// vault's key is no longer <paramref name="keyCheck"/>. Returns one placeholder per request, in order.
    /// </summary>
    Task<IReadOnlyList<PseudonymRef>> AddPseudonymsAsync(
        string keyCheck,
        IReadOnlyList<PseudonymRequest> requests,
        Func<PseudonymRequest, PseudonymRef, SealedValue> seal,
        DateTimeOffset at,
        CancellationToken cancellationToken = default);

    /// <summary>The sealed entries behind these placeholders; placeholders the vault does not know are absent.</summary>
    Task<IReadOnlyList<VaultEntry>> FindEntriesAsync(IReadOnlyCollection<PseudonymRef> placeholders, CancellationToken cancellationToken = default);

    /// <summary>Deletes every entry and unbinds the key, so that a new key can be taken; returns how many entries went.</summary>
    Task<long> ForgetAsync(DateTimeOffset at, CancellationToken cancellationToken = default);
}
