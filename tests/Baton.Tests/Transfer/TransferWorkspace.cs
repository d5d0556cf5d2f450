using Baton.Library;
using Baton.Privacy;
using Baton.Privacy.Boundaries;
using Baton.Storage;
using Baton.Storage.Sqlite;
using Baton.Tests.TestSupport;
using Baton.Transfer;
using Baton.Workspaces;

namespace Baton.Tests.Transfer;

/// <summary>A real SQLite store in a temp folder, with the library, exporter and importer on it.</summary>
internal sealed class TransferWorkspace : IAsyncDisposable
{
    /// <summary>A fixed time with a non-zero millisecond part, the precision the store keeps.</summary>
    public static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_123);

    public static readonly RevisionAuthor Ada = new(ActorKind.Human, "Ada Lovelace <ada@example.com>");

    private static readonly string[] NoTags = [];

    private readonly TempDirectory _temp = new();
    private readonly SqliteStore _store;

    public TransferWorkspace(WorkspaceConfig? config = null)
    {
        Directory.CreateDirectory(_temp.Combine(".baton"));
        _store = SqliteStore.Open(_temp.Combine(".baton/baton.db"), create: true);
        Config = config ?? WorkspaceConfig.Default;
        Library = new ContextLibrary(_store, TimeProvider.System, Config);
    }

    public IBatonStore Store => _store;

    public ContextLibrary Library { get; }

    public WorkspaceConfig Config { get; }

    /// <summary>A folder inside this workspace's temp folder (not created).</summary>
    public string Folder(string name) => _temp.Combine(name);

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<ExportResult> ExportAsync(string directory, ItemFilter? filter = null, PrivacyBoundary? boundary = null) =>
        new MarkdownExporter(Store, boundary ?? LocalBoundary()).ExportAsync(filter ?? new ItemFilter { IncludeArchived = true }, directory, Ct);

    /// <summary>A boundary of a built-in target without a vault: <c>local</c> (a faithful backup) unless another is given.</summary>
    public static PrivacyBoundary LocalBoundary(PrivacyTarget? target = null) =>
        new(target ?? PrivacyTargets.Local, PrivacyScanner.Default, BoundaryOperators.Ephemeral());

    public Task<ImportResult> ImportAsync(string directory, bool dryRun = false) =>
        new MarkdownImporter(Store, Config, TimeProvider.System).ImportAsync(directory, Ada, dryRun, Ct);

    public static SourceLabel HumanSource(DateTimeOffset at) => new() { Actor = ActorKind.Human, Name = Ada.Name, At = at };

    public async Task<Item> AddAsync(string title, string body = "Some body text.", ItemKind kind = ItemKind.Note,
        IReadOnlyList<string>? tags = null, Sensitivity sensitivity = Sensitivity.Internal, SourceLabel? source = null, DateTimeOffset? at = null)
    {
        var when = at ?? T0;
        var item = Library.Create(new NewItem
        {
            Kind = kind,
            Title = title,
            Body = body,
            Tags = tags ?? [],
            Sensitivity = sensitivity,
            Source = source ?? HumanSource(when),
        }, when);
        await Store.AddItemAsync(item, Ct);
        return item;
    }

    public async Task<IReadOnlyList<Item>> AllItemsAsync() =>
        await Store.ListAsync(new ItemFilter { IncludeArchived = true, Limit = 100_000 }, Ct);

    public async Task<IReadOnlyList<(string From, string Type, string To, DateTimeOffset At)>> AllLinksAsync()
    {
        var links = new HashSet<(string, string, string, DateTimeOffset)>();
        foreach (var item in await AllItemsAsync())
        {
            foreach (var link in await Store.GetLinksAsync(item.Id, Ct))
                links.Add((link.From, link.Type, link.To, link.At));
        }

        return [.. links.Order()];
    }

    public async Task<int> EventCountAsync() => (await Store.GetEventsAsync(cancellationToken: Ct)).Count;

    /// <summary>Every field equal, tags in order; <see cref="Item"/>'s own equality compares lists by reference.</summary>
    public static void AssertSameItem(Item expected, Item? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected with { Tags = NoTags }, actual with { Tags = NoTags });
    }

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        _temp.Dispose();
    }
}
