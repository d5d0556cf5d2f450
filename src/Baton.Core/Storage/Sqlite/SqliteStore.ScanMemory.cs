using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore : IScanMemoryStore
{
    public IScanMemoryStore ScanMemory => this;

    public Task<IReadOnlySet<string>> FindCleanTextsAsync(string scanner, CancellationToken cancellationToken = default)
    {
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        lock (_connectionGate)
        {
            using var command = Command("SELECT hash FROM clean_texts WHERE scanner = $scanner");
            command.Parameters.AddWithValue("$scanner", scanner);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                hashes.Add(reader.GetString(0));
        }

        return Task.FromResult<IReadOnlySet<string>>(hashes);
    }

    public Task RememberCleanTextsAsync(string scanner, IReadOnlyCollection<string> hashes, CancellationToken cancellationToken = default)
    {
        Write(transaction =>
        {
            using (var forget = Command("DELETE FROM clean_texts WHERE scanner <> $scanner", transaction))
            {
                forget.Parameters.AddWithValue("$scanner", scanner);
                forget.ExecuteNonQuery();
            }

            using var insert = Command("INSERT OR IGNORE INTO clean_texts (scanner, hash) VALUES ($scanner, $hash)", transaction);
            insert.Parameters.AddWithValue("$scanner", scanner);
            var hash = insert.Parameters.Add("$hash", SqliteType.Text);
            foreach (var value in hashes)
            {
                hash.Value = value;
                insert.ExecuteNonQuery();
            }
        });
        return Task.CompletedTask;
    }
}
