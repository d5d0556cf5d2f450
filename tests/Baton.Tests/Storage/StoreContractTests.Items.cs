using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    // Hand-made ids, so that which prefixes they share is known: A and B share 10 characters, B and D 25, C only 4 with any.
    private const string IdA = "01jt5h2k3maaaaaaaaaaaaaaaa";
    private const string IdB = "01jt5h2k3mbbbbbbbbbbbbbbbb";
    private const string IdD = "01jt5h2k3mbbbbbbbbbbbbbbbc";
    private const string IdC = "01jt9zzzzzzzzzzzzzzzzzzzzz";

    [Fact]
    public async Task FindItemAsync_FullyLabelledItem_ReturnsIdenticalItem()
    {
        var source = new SourceLabel
        {
            Actor = ActorKind.Ai,
            Name = "claude-code",
            Tool = "claude-code",
            Model = "claude-opus-4",
            PromptRef = "review-endpoint@3",
            Repo = "https://github.com/example/shop.git",
            Branch = "feature/retry",
            Commit = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b",
            Dirty = true,
            Path = "src/Payments/RetryPolicy.cs",
            Lines = new LineRange(12, 48),
            Url = "https://example.com/chat/42",
            At = T0.AddMilliseconds(-5_457),
        };
        var item = Library.Create(new NewItem
        {
            Kind = ItemKind.Snippet,
            Title = "Retry policy for payment calls",
            Body = "```csharp\nvar delay = TimeSpan.FromMilliseconds(200 * attempt);\n```\nÜnïcödé and emoji 🚀 survive.",
            Tags = ["payments", "retry/policy", "v1.2"],
            Sensitivity = Sensitivity.Confidential,
            Source = source,
            Anchor = new SnippetAnchor("src/Payments/RetryPolicy.cs", new LineRange(12, 48), source.Commit, "sha256:9f86d081884c7d65", "csharp"),
        }, T0);

        await Store.AddItemAsync(item, Ct);
        var found = await Store.FindItemAsync(item.Id, Ct);

        AssertSameItem(item, found);
        Assert.Equal(123, found!.CreatedAt.Millisecond);
        Assert.Equal(source.At, found.Source.At);
    }

    [Fact]
    public async Task FindItemAsync_SparselyLabelledItem_KeepsMissingFieldsMissing()
    {
        // Dirty = false must not read back as null, nor null as false.
        var item = Draft("Sparse", source: HumanSource(T0) with { Dirty = false }, sensitivity: Sensitivity.Public);

        await Store.AddItemAsync(item, Ct);
        var found = await Store.FindItemAsync(item.Id, Ct);

        AssertSameItem(item, found);
        Assert.False(found!.Source.Dirty);
        Assert.Null(found.Source.Lines);
        Assert.Null(found.Anchor);
        Assert.Null(found.ArchivedAt);
        Assert.Empty(found.Tags);
    }

    [Fact]
    public async Task FindItemAsync_UnknownId_ReturnsNull()
    {
        await AddAsync("Present");

        var found = await Store.FindItemAsync(IdA, Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task AddItemsAsync_Batch_AddsEveryItem()
    {
        Item[] batch = [Draft("One"), Draft("Two"), Draft("Three")];

        await Store.AddItemsAsync(batch, Ct);

        foreach (var item in batch)
            AssertSameItem(item, await Store.FindItemAsync(item.Id, Ct));
    }

    [Fact]
    public async Task AddItemsAsync_BatchWithDuplicateId_WritesNothing()
    {
        var first = Draft("First");
        var second = Draft("Second");
        var duplicate = Draft("Duplicate") with { Id = first.Id };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddItemsAsync([first, second, duplicate], Ct));

        Assert.Null(await Store.FindItemAsync(first.Id, Ct));
        Assert.Null(await Store.FindItemAsync(second.Id, Ct));
        Assert.Empty(await Store.ListAsync(new ItemFilter { IncludeArchived = true }, Ct));
        Assert.Empty(await SearchTitlesAsync("first OR second OR duplicate"));
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task AddItemAsync_IdAlreadyStored_KeepsTheStoredItem()
    {
        var stored = await AddAsync("Stored");

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddItemAsync(Draft("Intruder") with { Id = stored.Id }, Ct));

        AssertSameItem(stored, await Store.FindItemAsync(stored.Id, Ct));
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task ResolveIdAsync_FullId_ReturnsIt()
    {
        await AddWithIdsAsync(IdA, IdB, IdD, IdC);

        var id = await Store.ResolveIdAsync(IdB, Ct);

        Assert.Equal(IdB, id);
    }

    [Fact]
    public async Task ResolveIdAsync_UniquePrefix_ReturnsFullId()
    {
        await AddWithIdsAsync(IdA, IdB, IdD, IdC);

        var id = await Store.ResolveIdAsync("01jt5h2k3ma", Ct);

        Assert.Equal(IdA, id);
    }

    [Fact]
    public async Task ResolveIdAsync_PrefixBetweenStoredIds_ThrowsNotFound()
    {
        await AddWithIdsAsync(IdA, IdB, IdD, IdC);

        var error = await AssertFailsAsync(ErrorKind.NotFound, () => Store.ResolveIdAsync("01jt5h2k3mc", Ct));

        Assert.Contains("01jt5h2k3mc", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolveIdAsync_SharedPrefix_ThrowsInputListingCandidates()
    {
        await AddWithIdsAsync(IdA, IdB, IdD, IdC);

        var error = await AssertFailsAsync(ErrorKind.Input, () => Store.ResolveIdAsync("01jt5h2k", Ct));

        Assert.Contains(IdA, error.Message, StringComparison.Ordinal);
        Assert.Contains(IdB, error.Message, StringComparison.Ordinal);
        Assert.Contains(IdD, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(IdC, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShortIdsAsync_IdsDifferEarly_GivesMinLength()
    {
        await AddWithIdsAsync(IdA, IdC);

        var shortIds = await Store.ShortIdsAsync([IdA, IdC], minLength: 8, Ct);

        Assert.Equal("01jt5h2k", shortIds[IdA]);
        Assert.Equal("01jt9zzz", shortIds[IdC]);
    }

    [Fact]
    public async Task ShortIdsAsync_IdsShareLongPrefix_GivesOneCharacterPastTheLongestShared()
    {
        await AddWithIdsAsync(IdA, IdB, IdD, IdC);

        var shortIds = await Store.ShortIdsAsync([IdA, IdB, IdD, IdC], minLength: 8, Ct);

        Assert.Equal("01jt5h2k3ma", shortIds[IdA]);
        Assert.Equal(IdB, shortIds[IdB]);
        Assert.Equal(IdD, shortIds[IdD]);
        Assert.Equal("01jt9zzz", shortIds[IdC]);
    }

    private async Task AddWithIdsAsync(params string[] ids)
    {
        foreach (var id in ids)
            await Store.AddItemAsync(Draft("Item " + id) with { Id = id }, Ct);
    }
}
