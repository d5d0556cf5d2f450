using Baton.Library;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore : IVaultStore
{
    private static readonly RevisionAuthor VaultActor = new(ActorKind.Automation, "baton", "baton");

    public IVaultStore Vault => this;

    public Task<VaultState> GetVaultStateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(ReadVaultState(null));

    public Task<string> BindKeyAsync(string keyCheck, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            var state = ReadVaultState(transaction);
            if (state.KeyCheck == keyCheck || (state.KeyCheck is not null && state.Entries > 0))
                return state.KeyCheck!;
            using (var update = Command("UPDATE vault SET key_check = $check", transaction))
            {
                update.Parameters.AddWithValue("$check", keyCheck);
                update.ExecuteNonQuery();
            }

            using var events = PrepareEvent(transaction);
            AppendEvent(events, at, VaultActor, "vault.key-bound", "vault", $$"""{"key":"{{keyCheck}}"}""");
            return keyCheck;
        }));

    public Task<IReadOnlyDictionary<string, PseudonymRef>> FindPseudonymsAsync(IReadOnlyCollection<string> lookups, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, PseudonymRef>(StringComparer.Ordinal);
        lock (_connectionGate)
        {
            using var command = Command("SELECT label, number FROM vault_entries WHERE lookup = $lookup");
            var parameter = command.Parameters.Add("$lookup", SqliteType.Blob);
            foreach (var lookup in lookups)
            {
                parameter.Value = Convert.FromHexString(lookup);
                using var r = command.ExecuteReader();
                if (r.Read())
                    found[lookup] = new PseudonymRef(r.GetString(0), r.GetInt64(1));
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, PseudonymRef>>(found);
    }

    public Task<IReadOnlyList<PseudonymRef>> AddPseudonymsAsync(
        string keyCheck,
        IReadOnlyList<PseudonymRequest> requests,
        Func<PseudonymRequest, PseudonymRef, SealedValue> seal,
        DateTimeOffset at,
        CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PseudonymRef>>(Write(transaction =>
        {
            // BEGIN IMMEDIATE (Write) holds the write lock from here: the lookups and numbers read below cannot change
            // under us, so a value pseudonymised by two processes at once gets one placeholder; UNIQUE backs it up.
            if (ReadVaultState(transaction).KeyCheck != keyCheck)
                throw BatonErrors.VaultKeyChangedMeanwhile(Location);

            using var find = Command("SELECT label, number FROM vault_entries WHERE lookup = $lookup", transaction);
            var findLookup = find.Parameters.Add("$lookup", SqliteType.Blob);
            using var next = Command("SELECT coalesce(max(number), 0) + 1 FROM vault_entries WHERE label = $label", transaction);
            var nextLabel = next.Parameters.Add("$label", SqliteType.Text);
            using var insert = Command(
                "INSERT INTO vault_entries (lookup, label, number, rule, nonce, sealed, created_at) VALUES ($lookup, $label, $number, $rule, $nonce, $sealed, $at)",
                transaction);
            insert.Parameters.Add("$lookup", SqliteType.Blob);
            insert.Parameters.Add("$label", SqliteType.Text);
            insert.Parameters.Add("$number", SqliteType.Integer);
            insert.Parameters.Add("$rule", SqliteType.Text);
            insert.Parameters.Add("$nonce", SqliteType.Blob);
            insert.Parameters.Add("$sealed", SqliteType.Blob);
            insert.Parameters.Add("$at", SqliteType.Integer);

            var placeholders = new List<PseudonymRef>(requests.Count);
            var added = 0;
            foreach (var request in requests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var lookup = Convert.FromHexString(request.Lookup);
                findLookup.Value = lookup;
                using (var r = find.ExecuteReader())
                {
                    if (r.Read())
                    {
                        placeholders.Add(new PseudonymRef(r.GetString(0), r.GetInt64(1)));
                        continue;
                    }
                }

                nextLabel.Value = request.Label;
                var placeholder = new PseudonymRef(request.Label, (long)next.ExecuteScalar()!);
                var value = seal(request, placeholder);
                insert.Parameters[0].Value = lookup;
                insert.Parameters[1].Value = placeholder.Label;
                insert.Parameters[2].Value = placeholder.Number;
                insert.Parameters[3].Value = request.Rule;
                insert.Parameters[4].Value = value.Nonce;
                insert.Parameters[5].Value = value.Sealed;
                insert.Parameters[6].Value = Millis(at);
                insert.ExecuteNonQuery();
                placeholders.Add(placeholder);
                added++;
            }

            if (added > 0)
            {
                using var events = PrepareEvent(transaction);
                AppendEvent(events, at, VaultActor, "vault.pseudonyms-added", "vault", $$"""{"added":{{added}}}""");
            }

            return placeholders;
        }));

    public Task<IReadOnlyList<VaultEntry>> FindEntriesAsync(IReadOnlyCollection<PseudonymRef> placeholders, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT rule, lookup, nonce, sealed FROM vault_entries WHERE label = $label AND number = $number");
        var label = command.Parameters.Add("$label", SqliteType.Text);
        var number = command.Parameters.Add("$number", SqliteType.Integer);
        var entries = new List<VaultEntry>();
        foreach (var placeholder in placeholders)
        {
            label.Value = placeholder.Label;
            number.Value = placeholder.Number;
            using var r = command.ExecuteReader();
            if (r.Read())
                entries.Add(new VaultEntry(placeholder, r.GetString(0), Convert.ToHexStringLower((byte[])r[1]), new SealedValue((byte[])r[2], (byte[])r[3])));
        }

        return Task.FromResult<IReadOnlyList<VaultEntry>>(entries);
    }

    public Task<long> ForgetAsync(DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Task.FromResult(Write(transaction =>
        {
            var entries = ReadVaultState(transaction).Entries;
            using (var clear = Command("DELETE FROM vault_entries; UPDATE vault SET key_check = NULL;", transaction))
                clear.ExecuteNonQuery();
            using var events = PrepareEvent(transaction);
            AppendEvent(events, at, VaultActor, "vault.forgotten", "vault", $$"""{"entries":{{entries}}}""");
            return entries;
        }));

    private VaultState ReadVaultState(SqliteTransaction? transaction)
    {
        using var command = Command("SELECT id, key_check, (SELECT count(*) FROM vault_entries) FROM vault", transaction);
        using var r = command.ExecuteReader();
        return r.Read()
            ? new VaultState(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetInt64(2))
            : throw BatonErrors.VaultMissing(Location);
    }
}
