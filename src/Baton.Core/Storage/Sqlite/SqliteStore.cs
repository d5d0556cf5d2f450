using Microsoft.Data.Sqlite;

namespace Baton.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with an FTS5 index. Writers take the write lock at the
/// start of their transaction (BEGIN IMMEDIATE) and wait for each other, so concurrent processes queue
/// instead of failing or overwriting. Split by concern: Items, Search, Prompts, Events, Mapping.
/// </summary>
public sealed partial class SqliteStore : IBatonStore
{
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteBusy = 5;
    private const int SqlitePermission = 3;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCannotOpen = 14;

    private readonly SqliteConnection _connection;

    // A pack's workers look up token counts from several threads while its writer thread passes files through the
    // privacy boundary, whose vault reads and writes pseudonyms: everything that can run during a pack takes this gate,
    // so a lookup never runs on the connection while a write transaction is pending (and the reverse).
    private readonly Lock _connectionGate = new();

    private SqliteStore(SqliteConnection connection, string path)
    {
        _connection = connection;
        Location = path;
    }

    public string Location { get; }

    /// <summary>Opens (and migrates) the database at <paramref name="path"/>; creates it only when <paramref name="create"/> is set.</summary>
    public static SqliteStore Open(string path, bool create = false)
    {
        if (!create && !File.Exists(path))
            throw BatonErrors.WorkspaceNotFound(Path.GetDirectoryName(Path.GetDirectoryName(path)) ?? path);

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // Pooling would keep the file open after Dispose, which breaks deleting a workspace in tests.
            Pooling = false,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            RegisterEventHash(connection);
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;");
            SqliteMigrator.Migrate(connection, path);
            Fts5Ranking.Register(connection);
            return new SqliteStore(connection, path);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            connection.Dispose();
            throw BatonErrors.CorruptDatabase(path, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqlitePermission or SqliteReadOnly or SqliteCannotOpen)
        {
            connection.Dispose();
            throw BatonErrors.DatabaseNotWritable(path, e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        _findTokenCount?.Dispose();
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction: committed if it returns, rolled back if it throws.</summary>
    private T Write<T>(Func<SqliteTransaction, T> work)
    {
        try
        {
            lock (_connectionGate)
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                var result = work(transaction);
                transaction.Commit();
                return result;
            }
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteBusy)
        {
            throw BatonErrors.DatabaseLocked(Location, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw BatonErrors.CorruptDatabase(Location, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteFull)
        {
            throw BatonErrors.DiskFull(Location, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SqlitePermission or SqliteReadOnly or SqliteCannotOpen)
        {
            throw BatonErrors.DatabaseNotWritable(Location, e);
        }
    }

    private void Write(Action<SqliteTransaction> work) => Write<bool>(transaction =>
    {
        work(transaction);
        return true;
    });
}
