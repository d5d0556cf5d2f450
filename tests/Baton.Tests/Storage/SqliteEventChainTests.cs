using Baton.Audit;
using Baton.Library;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.Storage;

/// <summary>
/// The event log's hash chain against someone with write access to the file: they drop the append-only
/// triggers and edit rows directly, and verification names the first event that no longer fits.
/// </summary>
public sealed class SqliteEventChainTests : IDisposable
{
    private static readonly RevisionAuthor Ada = new(ActorKind.Human, "Ada Lovelace <ada@example.com>");

    private readonly TempDirectory _temp = new();

    private string DatabasePath => _temp.Combine("baton.db");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _temp.Dispose();

    private async Task<IReadOnlyList<long>> WriteEventsAsync(int count)
    {
        await using var store = SqliteStore.Open(DatabasePath, create: true);
        var library = new ContextLibrary(store, TimeProvider.System, Workspaces.WorkspaceConfig.Default);
        for (var i = 0; i < count; i++)
            await library.AddAsync(new NewItem { Kind = ItemKind.Note, Title = $"Note {i}", Body = "body", Source = new SourceLabel { Actor = ActorKind.Human, Name = Ada.Name, At = library.Now() } }, Ct);
        return [.. (await store.GetEventsAsync(cancellationToken: Ct)).Select(e => e.Seq)];
    }

    private async Task<ChainCheck> VerifyAsync()
    {
        await using var store = SqliteStore.Open(DatabasePath);
        return await store.VerifyEventChainAsync(Ct);
    }

    private void Tamper(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete; " +
            "DROP TRIGGER IF EXISTS event_chain_no_update; DROP TRIGGER IF EXISTS event_chain_no_delete; " + sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Verify_UntouchedLog_IsIntact()
    {
        var seqs = await WriteEventsAsync(5);

        var check = await VerifyAsync();

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(5, check.Events);
        Assert.Equal(seqs[^1], check.HeadSeq);
    }

    [Fact]
    public async Task Verify_EventDataEdited_NamesThatEvent()
    {
        var seqs = await WriteEventsAsync(5);
        Tamper($"UPDATE events SET actor = 'Mallory' WHERE seq = {seqs[2]}");

        var check = await VerifyAsync();

        Assert.False(check.Intact);
        Assert.Equal(seqs[2], check.BrokenAt);
        Assert.Equal(2, check.Events);
    }

    [Fact]
    public async Task Verify_EventDeletedWithItsHash_NamesTheNextEvent()
    {
        var seqs = await WriteEventsAsync(5);
        Tamper($"DELETE FROM events WHERE seq = {seqs[1]}; DELETE FROM event_chain WHERE seq = {seqs[1]}");

        var check = await VerifyAsync();

        Assert.Equal(seqs[2], check.BrokenAt);
    }

    [Fact]
    public async Task Verify_EventDeletedHashKept_NamesTheDeletedEvent()
    {
        var seqs = await WriteEventsAsync(4);
        Tamper($"DELETE FROM events WHERE seq = {seqs[3]}");

        var check = await VerifyAsync();

        Assert.Equal(seqs[3], check.BrokenAt);
        Assert.Contains("deleted", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_HashRewrittenToMatchAnEdit_BreaksAtTheNextEvent()
    {
        var seqs = await WriteEventsAsync(4);
        // An attacker edits an event and recomputes its own hash, but not the ones after it.
        Tamper($"UPDATE events SET kind = 'item.forged' WHERE seq = {seqs[1]}");
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = $"SELECT (SELECT hash FROM event_chain WHERE seq = {seqs[0]}), seq, at, actor, kind, subject, data FROM events WHERE seq = {seqs[1]}";
            using var r = read.ExecuteReader();
            r.Read();
            var forged = EventChain.Hash(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6));
            r.Close();
            using var write = connection.CreateCommand();
            write.CommandText = $"UPDATE event_chain SET hash = '{forged}' WHERE seq = {seqs[1]}";
            write.ExecuteNonQuery();
        }

        var check = await VerifyAsync();

        Assert.Equal(seqs[2], check.BrokenAt);
    }

    [Fact]
    public async Task Verify_EventInsertedWithoutTheStore_IsRefusedOrFlagged()
    {
        await WriteEventsAsync(2);

        // Outside the store there is no baton_event_hash, so the chain trigger stops a raw insert outright.
        Assert.Throws<SqliteException>(() => Tamper("INSERT INTO events (at, actor, kind, subject) VALUES (1, 'Mallory', 'item.created', 'x')"));
        Tamper("DROP TRIGGER events_chain; INSERT INTO events (at, actor, kind, subject) VALUES (1, 'Mallory', 'item.created', 'x')");

        var check = await VerifyAsync();

        Assert.Equal(3, check.BrokenAt);
        Assert.Contains("no hash", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migration_DatabaseWithEventsFromBeforeTheChain_ChainsThemInOrder()
    {
        using (var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            using var script = typeof(SqliteStore).Assembly.GetManifestResourceStream("Baton.Storage.Sqlite.Migrations.0001_library.sql")!;
            command.CommandText = new StreamReader(script).ReadToEnd() + """
                PRAGMA user_version = 1;
                INSERT INTO events (at, actor, kind, subject, data) VALUES (1, 'Ada', 'item.created', 'a', '{"revision":1}');
                INSERT INTO events (at, actor, kind, subject, data) VALUES (2, 'Ada', 'item.revised', 'a', NULL);
                INSERT INTO events (at, actor, kind, subject, data) VALUES (3, 'Bob', 'item.deleted', 'a', '{}');
                """;
            command.ExecuteNonQuery();
        }

        var check = await VerifyAsync();

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(3, check.Events);
        var first = EventChain.Hash(null, 1, 1, "Ada", "item.created", "a", """{"revision":1}""");
        var second = EventChain.Hash(first, 2, 2, "Ada", "item.revised", "a", null);
        Assert.Equal(EventChain.Hash(second, 3, 3, "Bob", "item.deleted", "a", "{}"), check.HeadHash);
    }
}
