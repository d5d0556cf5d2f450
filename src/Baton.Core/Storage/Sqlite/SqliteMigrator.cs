using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

/// <summary>
/// Applies the numbered scripts embedded from <c>Migrations/</c>, each in its own transaction, and records
/// the schema version in <c>PRAGMA user_version</c>. Refuses a database from a newer Baton.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "Baton.Storage.Sqlite.Migrations.";

    private static readonly Lazy<IReadOnlyList<(int Version, string Name)>> Scripts = new(FindScripts);

    public static int LatestVersion => Scripts.Value[^1].Version;

    public static void Migrate(SqliteConnection connection, string path)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), System.Globalization.CultureInfo.InvariantCulture);
        if (current > LatestVersion)
            throw BatonErrors.NewerSchema(path, current, LatestVersion);

        foreach (var (version, name) in Scripts.Value.Where(s => s.Version > current))
        {
            // Two processes opening a new database at once: the second waits for the lock, then finds it done.
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var check = connection.CreateCommand())
            {
                check.Transaction = transaction;
                check.CommandText = "PRAGMA user_version";
                if (Convert.ToInt32(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) >= version)
                    continue;
            }

            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = ReadScript(name) + $"\nPRAGMA user_version = {version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<(int, string)> FindScripts()
    {
        var scripts = new List<(int, string)>();
        foreach (var name in typeof(SqliteMigrator).Assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                continue;
            var file = name[ResourcePrefix.Length..];
            var version = int.Parse(file[..file.IndexOf('_', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            scripts.Add((version, name));
        }

        scripts.Sort();
        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("no migration scripts are embedded");
    }

    private static string ReadScript(string resource)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing resource {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
