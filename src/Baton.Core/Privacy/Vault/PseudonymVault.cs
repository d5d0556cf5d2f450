using System.Security.Cryptography;
using System.Text;
using Baton.Storage;

namespace Baton.Privacy.Vault;

/// <summary>
/// A workspace's pseudonyms: which placeholder stands for which value. The same value of the same rule gets the
/// same placeholder across runs and processes (<c>&lt;EMAIL_3&gt;</c>), and the owner can put values back into a
/// text (<see cref="RestoreAsync"/>). Values are sealed with AES-256-GCM under a key in the user's data folder
/// (<see cref="VaultKeyFile"/>), each with its own random nonce, and bound to their placeholder as associated data,
/// so an entry copied onto another placeholder does not open. A key the vault was not sealed under is refused
/// before anything is read or written, and an existing key is never replaced.
/// </summary>
internal sealed class PseudonymVault
{
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly IVaultStore _store;
    private readonly TimeProvider _time;

    private PseudonymVault(IVaultStore store, VaultKey key, TimeProvider time)
    {
        _store = store;
        Key = key;
        _time = time;
    }

    public VaultKey Key { get; }

    /// <summary>
    /// Opens the vault of <paramref name="store"/> with its key from <paramref name="keysFolder"/>, creating the key on
    /// first use. Throws when the key is missing or another one while entries are sealed under the vault's own.
    /// </summary>
    public static async Task<PseudonymVault> OpenAsync(IVaultStore store, string keysFolder, TimeProvider time, CancellationToken cancellationToken = default) =>
        (await OpenAsync(store, keysFolder, time, create: true, cancellationToken))!;

    /// <summary>Like <see cref="OpenAsync(IVaultStore, string, TimeProvider, CancellationToken)"/>, but null instead of creating a key for an empty vault.</summary>
    public static async Task<PseudonymVault?> OpenExistingAsync(IVaultStore store, string keysFolder, TimeProvider time, CancellationToken cancellationToken = default) =>
        await OpenAsync(store, keysFolder, time, create: false, cancellationToken);

    private static async Task<PseudonymVault?> OpenAsync(IVaultStore store, string keysFolder, TimeProvider time, bool create, CancellationToken cancellationToken)
    {
        var state = await store.GetVaultStateAsync(cancellationToken);
        var path = VaultKeyFile.PathFor(keysFolder, state.VaultId);
        var key = VaultKeyFile.TryRead(path, state.VaultId);
        if (key is null)
        {
            if (state.KeyCheck is not null && state.Entries > 0)
                throw BatonErrors.VaultKeyMissing(path, state.Entries);
            if (!create)
                return null;
            key = VaultKeyFile.Create(path, state.VaultId);
        }

        if (state.KeyCheck != key.Check)
        {
            if (state.KeyCheck is not null && state.Entries > 0)
                throw BatonErrors.VaultWrongKey(path, state.Entries);
            // Binding is one transaction that re-reads the state: another process may have bound its key meanwhile.
            if (await store.BindKeyAsync(key.Check, time.GetUtcNow(), cancellationToken) != key.Check)
                throw BatonErrors.VaultWrongKey(path, (await store.GetVaultStateAsync(cancellationToken)).Entries);
        }

        return new PseudonymVault(store, key, time);
    }

    /// <summary>The placeholders of these values, creating those not yet in the vault; one per value, in order.</summary>
    public async Task<IReadOnlyList<string>> PseudonymiseAsync(IReadOnlyList<(string Rule, string Value)> values, CancellationToken cancellationToken = default)
    {
        var lookups = values.Select(v => Key.LookupOf(v.Rule, v.Value)).ToList();
        var known = await _store.FindPseudonymsAsync(lookups, cancellationToken);
        if (lookups.All(known.ContainsKey))
            return [.. lookups.Select(l => known[l].ToString())];

        var byLookup = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
            byLookup[lookups[i]] = values[i].Value;
        var requests = values.Select((v, i) => new PseudonymRequest(lookups[i], v.Rule, LabelOf(v.Rule))).ToList();
        var placeholders = await _store.AddPseudonymsAsync(Key.Check, requests, (request, placeholder) => Seal(request, placeholder, byLookup[request.Lookup]), _time.GetUtcNow(), cancellationToken);
        return [.. placeholders.Select(p => p.ToString())];
    }

    /// <summary>Puts the values of the vault's placeholders back into <paramref name="text"/>; others are left and listed.</summary>
    public async Task<RestoreResult> RestoreAsync(string text, CancellationToken cancellationToken = default) =>
        await RestoreAsync(this, _store, text, cancellationToken);

    /// <summary>Restores with <paramref name="vault"/>, or, for a vault never used (null), reports every placeholder as unknown.</summary>
    public static async Task<RestoreResult> RestoreAsync(PseudonymVault? vault, IVaultStore store, string text, CancellationToken cancellationToken = default)
    {
        var found = PseudonymPlaceholders.Find(text);
        if (found.Count == 0)
            return new RestoreResult(text, 0, []);

        var distinct = found.Select(f => f.Placeholder).Distinct().ToList();
        var entries = vault is null ? [] : await store.FindEntriesAsync(distinct, cancellationToken);
        var values = new Dictionary<PseudonymRef, string>();
        foreach (var entry in entries)
            values[entry.Placeholder] = vault!.Open(entry);

        var result = new StringBuilder(text.Length);
        var copied = 0;
        var restored = 0;
        foreach (var (start, length, placeholder) in found)
        {
            if (!values.TryGetValue(placeholder, out var value))
                continue;
            result.Append(text, copied, start - copied).Append(value);
            copied = start + length;
            restored++;
        }

        result.Append(text, copied, text.Length - copied);
        var unknown = distinct.Where(p => !values.ContainsKey(p)).Select(p => p.ToString()).ToList();
        return new RestoreResult(result.ToString(), restored, unknown);
    }

    /// <summary>The placeholder label of a rule: <c>phone-number</c> → <c>PHONE_NUMBER</c>.</summary>
    public static string LabelOf(string rule) => rule.ToUpperInvariant().Replace('-', '_');

    private SealedValue Seal(PseudonymRequest request, PseudonymRef placeholder, string value)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceLength);
        var plain = Encoding.UTF8.GetBytes(value);
        var sealedValue = new byte[plain.Length + TagLength];
        using var aes = new AesGcm(Key.Sealing, TagLength);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(0, plain.Length), sealedValue.AsSpan(plain.Length), AssociatedData(request.Lookup, request.Rule, placeholder));
        return new SealedValue(nonce, sealedValue);
    }

    private string Open(VaultEntry entry)
    {
        var data = entry.Value.Sealed;
        if (entry.Value.Nonce.Length != NonceLength || data.Length < TagLength)
            throw BatonErrors.VaultEntryDamaged(entry.Placeholder.ToString());
        var plain = new byte[data.Length - TagLength];
        try
        {
            using var aes = new AesGcm(Key.Sealing, TagLength);
            aes.Decrypt(entry.Value.Nonce, data.AsSpan(0, plain.Length), data.AsSpan(plain.Length), plain, AssociatedData(entry.Lookup, entry.Rule, entry.Placeholder));
        }
        catch (CryptographicException)
        {
            throw BatonErrors.VaultEntryDamaged(entry.Placeholder.ToString());
        }

        var value = Encoding.UTF8.GetString(plain);
        // The lookup is an HMAC of the value under the same key: a mismatch means the row was altered.
        if (Key.LookupOf(entry.Rule, value) != entry.Lookup)
            throw BatonErrors.VaultEntryDamaged(entry.Placeholder.ToString());
        return value;
    }

    private static byte[] AssociatedData(string lookup, string rule, PseudonymRef placeholder) =>
        Encoding.UTF8.GetBytes($"{lookup}\0{rule}\0{placeholder}");
}
