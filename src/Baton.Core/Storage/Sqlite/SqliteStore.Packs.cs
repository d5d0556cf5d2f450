using System.Text.Json;
using Baton.Library;
using Baton.Packing;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

public sealed partial class SqliteStore
{
    private SqliteCommand? _findTokenCount;

    public Task<int?> FindTokenCountAsync(string encoding, string hash, CancellationToken cancellationToken = default)
    {
        // The pack's workers ask from several threads; one connection serves them one at a time.
        lock (_connectionGate)
        {
            if (_findTokenCount is null)
            {
                _findTokenCount = Command("SELECT tokens FROM token_counts WHERE encoding = $encoding AND hash = $hash");
                _findTokenCount.Parameters.Add("$encoding", SqliteType.Text);
                _findTokenCount.Parameters.Add("$hash", SqliteType.Text);
                _findTokenCount.Prepare();
            }

            _findTokenCount.Parameters[0].Value = encoding;
            _findTokenCount.Parameters[1].Value = hash;
            return Task.FromResult(_findTokenCount.ExecuteScalar() is long tokens ? (int?)tokens : null);
        }
    }

    public Task<IReadOnlyDictionary<string, int>?> FindTokenCountsAsync(string encoding, int limit, CancellationToken cancellationToken = default)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        lock (_connectionGate)
        {
            using var command = Command("SELECT hash, tokens FROM token_counts WHERE encoding = $encoding LIMIT $limit");
            command.Parameters.AddWithValue("$encoding", encoding);
            command.Parameters.AddWithValue("$limit", (long)limit + 1);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                counts[reader.GetString(0)] = reader.GetInt32(1);
        }

        return Task.FromResult<IReadOnlyDictionary<string, int>?>(counts.Count > limit ? null : counts);
    }

    public Task AddPackAsync(PackManifest manifest, IReadOnlyDictionary<string, int> newTokenCounts, RevisionAuthor by, CancellationToken cancellationToken = default)
    {
        Write(transaction =>
        {
            using (var insert = Command(
                "INSERT INTO packs (id, created_at, created_by, target, encoding, style, commit_sha, output_sha256, output_tokens, parts, manifest) " +
                "VALUES ($id, $at, $by, $target, $encoding, $style, $commit, $sha, $tokens, $parts, $manifest)", transaction))
            {
                insert.Parameters.AddWithValue("$id", manifest.Id);
                insert.Parameters.AddWithValue("$at", Millis(manifest.CreatedAt));
                insert.Parameters.AddWithValue("$by", manifest.CreatedBy);
                insert.Parameters.AddWithValue("$target", manifest.Target);
                insert.Parameters.AddWithValue("$encoding", manifest.Encoding);
                insert.Parameters.AddWithValue("$style", manifest.Style);
                insert.Parameters.AddWithValue("$commit", Db(manifest.Commit));
                insert.Parameters.AddWithValue("$sha", manifest.OutputSha256);
                insert.Parameters.AddWithValue("$tokens", manifest.OutputTokens);
                insert.Parameters.AddWithValue("$parts", manifest.Parts.Count);
                insert.Parameters.AddWithValue("$manifest", JsonSerializer.Serialize(manifest, PackJsonWriteContext.Default.PackManifest));
                insert.ExecuteNonQuery();
            }

            using (var cache = Command("INSERT OR IGNORE INTO token_counts (encoding, hash, tokens) VALUES ($encoding, $hash, $tokens)", transaction))
            {
                cache.Parameters.AddWithValue("$encoding", manifest.Encoding);
                var hash = cache.Parameters.Add("$hash", SqliteType.Text);
                var tokens = cache.Parameters.Add("$tokens", SqliteType.Integer);
                foreach (var (key, count) in newTokenCounts)
                {
                    hash.Value = key;
                    tokens.Value = count;
                    cache.ExecuteNonQuery();
                }
            }

            using var events = PrepareEvent(transaction);
            var data = JsonSerializer.Serialize(new PackCreated(manifest.Target, manifest.Encoding, manifest.Style, manifest.Files.Count, manifest.Items.Count, manifest.OutputTokens, manifest.OutputSha256), StoreJsonContext.Default.PackCreated);
            AppendEvent(events, manifest.CreatedAt, by, "pack.created", manifest.Id, data);
        });
        return Task.CompletedTask;
    }

    public Task<string> ResolvePackIdAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var matches = IdsStartingWith("packs", prefix);
        return matches.Count switch
        {
            0 => throw BatonErrors.PackNotFound(prefix),
            1 => Task.FromResult(matches[0]),
            _ => throw BatonErrors.AmbiguousPackId(prefix, matches),
        };
    }

    public Task<PackManifest?> FindPackAsync(string id, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT manifest FROM packs WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return Task.FromResult(command.ExecuteScalar() is string json ? JsonSerializer.Deserialize(json, PackJsonContext.Default.PackManifest) : null);
    }

    public Task<IReadOnlyList<PackManifest>> ListPacksAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var command = Command("SELECT manifest FROM packs ORDER BY id DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var packs = new List<PackManifest>();
        while (reader.Read())
            packs.Add(JsonSerializer.Deserialize(reader.GetString(0), PackJsonContext.Default.PackManifest)!);
        return Task.FromResult<IReadOnlyList<PackManifest>>(packs);
    }
}

/// <summary>The data of a pack.created event: what kind of pack, never its content.</summary>
internal sealed record PackCreated(string Target, string Encoding, string Style, int Files, int Items, long Tokens, string Sha256);
