using Baton.Audit;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    /// <summary>The function the events_chain trigger (0003_handoffs.sql) hashes each new event with.</summary>
    private static void RegisterEventHash(SqliteConnection connection) =>
        connection.CreateFunction<object?, long, long, string, string, string, object?, string>(
            "baton_event_hash",
            (previous, seq, at, actor, kind, subject, data) =>
                EventChain.Hash(previous as string, seq, at, actor, kind, subject, data as string),
            isDeterministic: true);

    public Task<ChainCheck> VerifyEventChainAsync(CancellationToken cancellationToken = default)
    {
        // Both directions: an event without a chain entry, and a chain entry whose event is gone.
        using var command = Command("""
            SELECT e.seq, e.at, e.actor, e.kind, e.subject, e.data, c.hash FROM events e LEFT JOIN event_chain c ON c.seq = e.seq
            UNION ALL
            SELECT c.seq, NULL, NULL, NULL, NULL, NULL, c.hash FROM event_chain c WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.seq = c.seq)
            ORDER BY 1
            """);
        using var r = command.ExecuteReader();
        string? previous = null;
        long count = 0, head = 0;
        while (r.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seq = r.GetInt64(0);
            if (r.IsDBNull(2))
                return Task.FromResult(Broken(count, head, previous, seq, "the event was deleted (its hash is still in the chain)"));
            if (r.IsDBNull(6))
                return Task.FromResult(Broken(count, head, previous, seq, "the event has no hash: it was inserted around the chain"));
            var expected = EventChain.Hash(previous, seq, r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), Text(r, 5));
            var stored = r.GetString(6);
            if (stored != expected)
            {
                return Task.FromResult(Broken(count, head, previous, seq, previous is not null && count > 0
                    ? "its content or the events before it were changed, or an event before it was deleted (the hash does not match)"
                    : "its content was changed (the hash does not match)"));
            }

            previous = stored;
            head = seq;
            count++;
        }

        return Task.FromResult(new ChainCheck(count, head, previous ?? EventChain.Genesis));
    }

    private static ChainCheck Broken(long count, long head, string? previous, long seq, string problem) =>
        new(count, head, previous ?? EventChain.Genesis, seq, problem);
}
