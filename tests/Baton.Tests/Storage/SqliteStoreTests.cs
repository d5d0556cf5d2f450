using Baton.Storage;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.Storage;

/// <summary>The store contract on a real SQLite file, plus what only SQLite has: opening files, the schema version, triggers.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly TempDirectory _temp = new();

    private string DatabasePath => _temp.Combine(Path.Combine(".baton", "baton.db"));

    protected override Task<IBatonStore> CreateStoreAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        return Task.FromResult<IBatonStore>(SqliteStore.Open(DatabasePath, create: true));
    }

    protected override Task<IBatonStore> OpenSameStoreAsync() =>
        Task.FromResult<IBatonStore>(SqliteStore.Open(DatabasePath));

    protected override ValueTask CleanUpAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void Open_FileIsNotADatabase_ThrowsEnvironmentErrorSayingHowToFix()
    {
        var path = _temp.Combine("garbage.db");
        var bytes = new byte[8192];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<BatonException>(() => SqliteStore.Open(path));

        Assert.Equal(ErrorKind.Environment, error.Kind);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("restore it from a backup", error.Message, StringComparison.Ordinal);
        Assert.Contains("baton init", error.Message, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public async Task Open_SchemaNewerThanThisBaton_ThrowsEnvironmentErrorNamingBothVersions()
    {
        var newer = SqliteMigrator.LatestVersion + 7;
        await Store.DisposeAsync();
        Execute($"PRAGMA user_version = {newer}");

        var error = Assert.Throws<BatonException>(() => SqliteStore.Open(DatabasePath));

        Assert.Equal(ErrorKind.Environment, error.Kind);
        var message = error.Message.Replace(DatabasePath, "", StringComparison.Ordinal);
        Assert.Matches($@"\b{newer}\b", message);
        Assert.Matches($@"\b{SqliteMigrator.LatestVersion}\b", message);
        Assert.Contains("upgrade", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFileWithoutCreate_ThrowsEnvironmentErrorMentioningBatonInitAndCreatesNothing()
    {
        var path = _temp.Combine(Path.Combine("elsewhere", ".baton", "baton.db"));

        var error = Assert.Throws<BatonException>(() => SqliteStore.Open(path));

        Assert.Equal(ErrorKind.Environment, error.Kind);
        Assert.Contains("baton init", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Open_ExistingDatabase_KeepsItsItemsAndSchemaVersion()
    {
        var item = await AddAsync("Persisted");
        await Store.DisposeAsync();

        await using var reopened = SqliteStore.Open(DatabasePath);

        AssertSameItem(item, await reopened.FindItemAsync(item.Id, Ct));
        Assert.Equal((long)SqliteMigrator.LatestVersion, Scalar("PRAGMA user_version"));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
    }

    [Theory]
    [InlineData("UPDATE events SET kind = 'item.forged'")]
    [InlineData("DELETE FROM events")]
    public async Task EventsTable_RawUpdateOrDelete_IsRefusedByTriggers(string sql)
    {
        var item = await AddAsync("Audited");
        var before = await Store.GetEventsAsync(cancellationToken: Ct);

        var error = Assert.Throws<SqliteException>(() => Execute(sql));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Store.GetEventsAsync(cancellationToken: Ct));
        Assert.Equal("item.created", Assert.Single(before).Kind);
        Assert.Equal(item.Id, before[0].Subject);
    }

    [Fact]
    public async Task DeleteItemAsync_TaggedLinkedRevisedItem_LeavesNoRowsBehind()
    {
        var doomed = await AddAsync("Doomed", "quokka", tags: ["one", "two"]);
        var other = await AddAsync("Other");
        await Store.UpdateItemAsync(doomed.Id, Change(Ada, 1) with { Body = "quokka again" }, T0.AddMinutes(1), Ct);
        await Store.LinkAsync(doomed.Id, "relates-to", other.Id, Ada, T0.AddMinutes(2), Ct);
        await Store.LinkAsync(other.Id, "relates-to", doomed.Id, Ada, T0.AddMinutes(2), Ct);

        await Store.DeleteItemAsync(doomed.Id, Ada, T0.AddMinutes(3), Ct);

        Assert.Equal(1L, Scalar("SELECT count(*) FROM items"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM item_revisions"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM item_tags"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM item_links"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM items_fts WHERE items_fts MATCH 'quokka'"));
        Assert.Equal("ok", Scalar("PRAGMA integrity_check"));
        Execute("INSERT INTO items_fts (items_fts, rank) VALUES ('integrity-check', 1)");
    }

    private SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private void Execute(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = OpenRaw();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
