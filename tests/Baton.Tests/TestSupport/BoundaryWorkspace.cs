using Baton.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Baton.Tests.TestSupport;

/// <summary>
/// A workspace folder with real SQLite stores and, apart from it, the user's data folder where the vault's key lives,
/// as they are for real; for tests of real boundaries. Disposes every store it opened, then both folders.
/// </summary>
internal sealed class BoundaryWorkspace : IDisposable
{
    private readonly List<SqliteStore> _stores = [];

    public BoundaryWorkspace() => Directory.CreateDirectory(Folder.Combine(".baton"));

    public TempDirectory Folder { get; } = new();

    public TempDirectory Data { get; } = new();

    public string DatabasePath => Folder.Combine(".baton/baton.db");

    public string KeysFolder => Path.Combine(Data.Path, "baton", "keys");

    /// <summary>The environment a boundary reads: only <c>XDG_DATA_HOME</c>, pointing at <see cref="Data"/>.</summary>
    public string? Variable(string name) => name == "XDG_DATA_HOME" ? Data.Path : null;

    /// <summary>Opens another connection to the workspace's database (created on first use); safe from several threads.</summary>
    public SqliteStore OpenStore()
    {
        var store = SqliteStore.Open(DatabasePath, create: true);
        lock (_stores)
            _stores.Add(store);
        return store;
    }

    public void Dispose()
    {
        foreach (var store in _stores)
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        SqliteConnection.ClearAllPools();
        Folder.Dispose();
        Data.Dispose();
    }
}
