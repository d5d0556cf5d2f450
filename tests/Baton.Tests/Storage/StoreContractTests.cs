using Baton.Library;
using Baton.Storage;
using Baton.Workspaces;

namespace Baton.Tests.Storage;

/// <summary>
/// What every <see cref="IBatonStore"/> must do, written once and run per provider: a provider's test class
/// derives from this and says how to make an empty store and how to open a second instance on it.
/// Split by concern: Items, Revisions, Links, List, Search, Prompts, Import, Events, Concurrency.
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    /// <summary>A fixed time with a non-zero millisecond part, the precision the store keeps.</summary>
    protected static readonly DateTimeOffset T0 = DateTimeOffset.FromUnixTimeMilliseconds(1_780_000_000_123);

    protected static readonly RevisionAuthor Ada = new(ActorKind.Human, "Ada Lovelace <ada@example.com>");
    protected static readonly RevisionAuthor Claude = new(ActorKind.Ai, "claude-code", "claude-code", "claude-opus-4");

    private static readonly string[] NoTags = [];

    private IBatonStore? _store;
    private ContextLibrary? _library;

    /// <summary>The store of this test, created empty before it runs.</summary>
    protected IBatonStore Store => _store ?? throw new InvalidOperationException("the store is created in InitializeAsync");

    /// <summary>Used only to make valid items (<see cref="ContextLibrary.Create"/>); the tests call the store directly.</summary>
    protected ContextLibrary Library => _library ?? throw new InvalidOperationException("the library is created in InitializeAsync");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>An empty store of the provider under test, new for each test.</summary>
    protected abstract Task<IBatonStore> CreateStoreAsync();

    /// <summary>A second, independent instance on the store <see cref="CreateStoreAsync"/> made, as another process would open it.</summary>
    protected abstract Task<IBatonStore> OpenSameStoreAsync();

    /// <summary>Releases what the provider set up for the test (files, databases), after the store is disposed.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    public async ValueTask InitializeAsync()
    {
        _store = await CreateStoreAsync();
        _library = new ContextLibrary(_store, TimeProvider.System, WorkspaceConfig.Default);
    }

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
            await _store.DisposeAsync();
        await CleanUpAsync();
        GC.SuppressFinalize(this);
    }

    protected static SourceLabel HumanSource(DateTimeOffset at) => new()
    {
        Actor = ActorKind.Human,
        Name = Ada.Name,
        At = at,
    };

    protected static SourceLabel AiSource(string tool, DateTimeOffset at) => new()
    {
        Actor = ActorKind.Ai,
        Name = tool,
        Tool = tool,
        Model = "model-x",
        At = at,
    };

    /// <summary>A valid item, not yet stored, created at <paramref name="at"/> (default <see cref="T0"/>).</summary>
    protected Item Draft(
        string title,
        string body = "Some body text.",
        ItemKind kind = ItemKind.Note,
        IReadOnlyList<string>? tags = null,
        Sensitivity sensitivity = Sensitivity.Internal,
        SourceLabel? source = null,
        DateTimeOffset? at = null)
    {
        var when = at ?? T0;
        return Library.Create(new NewItem
        {
            Kind = kind,
            Title = title,
            Body = body,
            Tags = tags ?? [],
            Sensitivity = sensitivity,
            Source = source ?? HumanSource(when),
        }, when);
    }

    protected async Task<Item> AddAsync(
        string title,
        string body = "Some body text.",
        ItemKind kind = ItemKind.Note,
        IReadOnlyList<string>? tags = null,
        Sensitivity sensitivity = Sensitivity.Internal,
        SourceLabel? source = null,
        DateTimeOffset? at = null)
    {
        var item = Draft(title, body, kind, tags, sensitivity, source, at);
        await Store.AddItemAsync(item, Ct);
        return item;
    }

    protected Task<Item> UpdateAsync(Item current, ItemChange change, DateTimeOffset at) =>
        Store.UpdateItemAsync(current.Id, change, at, Ct);

    protected static ItemChange Change(RevisionAuthor author, int expectedRevision) => new()
    {
        Author = author,
        ExpectedRevision = expectedRevision,
    };

    /// <summary>Every field equal, tags in order; <see cref="Item"/>'s own equality compares lists by reference.</summary>
    protected static void AssertSameItem(Item expected, Item? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Tags, actual.Tags);
        Assert.Equal(expected with { Tags = NoTags }, actual with { Tags = NoTags });
    }

    protected static async Task<BatonException> AssertFailsAsync(ErrorKind kind, Func<Task> action)
    {
        var error = await Assert.ThrowsAsync<BatonException>(action);
        Assert.Equal(kind, error.Kind);
        return error;
    }

    protected async Task<IReadOnlyList<string>> ListTitlesAsync(ItemFilter filter) =>
        [.. (await Store.ListAsync(filter, Ct)).Select(i => i.Title)];

    protected async Task<IReadOnlyList<string>> SearchTitlesAsync(string query, ItemFilter? filter = null) =>
        [.. (await Store.SearchAsync(SearchQuery.Parse(query), filter ?? new ItemFilter(), Ct)).Select(h => h.Item.Title)];

    protected async Task<int> EventCountAsync() => (await Store.GetEventsAsync(cancellationToken: Ct)).Count;
}
