using Microsoft.Data.Sqlite;

namespace Baton.Bench.Reporting;

/// <summary>Facts about the SQLite library in use, read beside the store rather than through it.</summary>
internal static class SqliteInfo
{
    public static string Version(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    /// <summary>The most memory SQLite's allocator has held at once in this process.</summary>
    public static long MemoryHighwater() => SQLitePCL.raw.sqlite3_memory_highwater(0);
}
