using Baton.Library;
using Baton.Storage;
using static Baton.Tests.Transfer.TransferWorkspace;

namespace Baton.Tests.Transfer;

/// <summary>
/// The store methods the importer added: <see cref="IBatonStore.ImportItemsAsync"/> and <see cref="IBatonStore.RegisterPromptAsync"/>.
/// Candidates for the store contract suite (tests/Baton.Tests/Storage) once it settles.
/// </summary>
public sealed class SqliteStoreImportTests : IAsyncLifetime
{
    private readonly TransferWorkspace _workspace = new();

    private IBatonStore Store => _workspace.Store;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _workspace.DisposeAsync();

    private Item Draft(string title, ItemKind kind = ItemKind.Note) =>
        _workspace.Library.Create(new NewItem { Kind = kind, Title = title, Body = "Body", Source = HumanSource(T0) }, T0);

    [Fact]
    public async Task ImportItemsAsync_NewChangedAndSameItems_ReturnsOneOutcomeEachInOrder()
    {
        var same = await _workspace.AddAsync("Same");
        var changed = await _workspace.AddAsync("Changed");
        var fresh = Draft("Fresh");

        var outcomes = await Store.ImportItemsAsync([fresh, same, changed with { Body = "New body" }], Ct);

        Assert.Equal([ImportOutcome.Created, ImportOutcome.Unchanged, ImportOutcome.Updated], outcomes);
        Assert.Equal(2, (await Store.FindItemAsync(changed.Id, Ct))!.Revision);
        AssertSameItem(fresh, await Store.FindItemAsync(fresh.Id, Ct));
    }

    [Fact]
    public async Task ImportItemsAsync_OneItemBreaksAConstraint_WritesNone()
    {
        var good = Draft("Good");
        var bad = Draft("Bad") with { Source = HumanSource(T0) with { Name = "" } };
        var events = await _workspace.EventCountAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => Store.ImportItemsAsync([good, bad], Ct));

        Assert.Null(await Store.FindItemAsync(good.Id, Ct));
        Assert.Equal(events, await _workspace.EventCountAsync());
    }

    [Fact]
    public async Task RegisterPromptAsync_NewThenAgain_RegistersOnceWithOneEvent()
    {
        var prompt = Draft("Review", ItemKind.Prompt);
        await Store.ImportItemsAsync([prompt], Ct);

        var first = await Store.RegisterPromptAsync("review", prompt.Id, Ada, T0, Ct);
        var second = await Store.RegisterPromptAsync("review", prompt.Id, Ada, T0, Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(prompt.Id, (await Store.FindPromptAsync("review", Ct))!.ItemId);
        Assert.Single(await Store.GetEventsAsync(prompt.Id, Ct), e => e.Kind == "prompt.registered");
    }

    [Fact]
    public async Task RegisterPromptAsync_NameOfAnotherPrompt_IsAConflict()
    {
        await Store.AddPromptVersionAsync("review", Draft("Theirs", ItemKind.Prompt), Ct);
        var mine = Draft("Mine", ItemKind.Prompt);
        await Store.ImportItemsAsync([mine], Ct);

        var error = await Assert.ThrowsAsync<BatonException>(() => Store.RegisterPromptAsync("review", mine.Id, Ada, T0, Ct));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task RegisterPromptAsync_ItemAlreadyNamedOtherwise_IsAConflict()
    {
        var prompt = Draft("Review", ItemKind.Prompt);
        await Store.AddPromptVersionAsync("review", prompt, Ct);

        var error = await Assert.ThrowsAsync<BatonException>(() => Store.RegisterPromptAsync("other-name", prompt.Id, Ada, T0, Ct));

        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task RegisterPromptAsync_ItemIsNotAPrompt_IsAnInputError()
    {
        var note = await _workspace.AddAsync("A note");

        var error = await Assert.ThrowsAsync<BatonException>(() => Store.RegisterPromptAsync("note", note.Id, Ada, T0, Ct));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Empty(await Store.ListPromptsAsync(Ct));
    }
}
