namespace Baton.Privacy.Vault;

/// <summary>
/// What <c>baton vault status</c> shows: the vault's id and size, where its key file is, and whether that key opens it
/// (<c>ok</c>, <c>not-created</c>, <c>not-bound</c>, <c>missing</c>, <c>other-key</c>, <c>unusable</c>), with the
/// problem and its fix when it does not.
/// </summary>
internal sealed record VaultStatus(string VaultId, long Entries, string KeyPath, string Key, string? Problem)
{
    public static async Task<VaultStatus> ReadAsync(Storage.IVaultStore store, string keysFolder, CancellationToken cancellationToken = default)
    {
        var state = await store.GetVaultStateAsync(cancellationToken);
        var path = VaultKeyFile.PathFor(keysFolder, state.VaultId);
        VaultKey? key;
        try
        {
            key = VaultKeyFile.TryRead(path, state.VaultId);
        }
        catch (BatonException e)
        {
            return new VaultStatus(state.VaultId, state.Entries, path, "unusable", e.Message);
        }

        return (key, state.KeyCheck) switch
        {
            (null, _) when state.KeyCheck is not null && state.Entries > 0 => new(state.VaultId, state.Entries, path, "missing", BatonErrors.VaultKeyMissing(path, state.Entries).Message),
            (null, _) => new(state.VaultId, state.Entries, path, "not-created", null),
            (_, null) => new(state.VaultId, state.Entries, path, "not-bound", null),
            var (k, check) when k.Check == check => new(state.VaultId, state.Entries, path, "ok", null),
            _ when state.Entries == 0 => new(state.VaultId, state.Entries, path, "not-bound", null),
            _ => new(state.VaultId, state.Entries, path, "other-key", BatonErrors.VaultWrongKey(path, state.Entries).Message),
        };
    }
}
