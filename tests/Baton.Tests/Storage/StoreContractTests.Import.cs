using Baton.Library;
using Baton.Storage;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>An item as an export from another library holds it: at revision 3, created and updated long ago.</summary>
    private Item Exported() => Draft("Exported decision", "Chosen for its simplicity.", kind: ItemKind.Decision, tags: ["adr"],
        at: T0.AddDays(-30)) with { Revision = 3, UpdatedAt = T0.AddDays(-2), RevisedBy = Claude };

    [Fact]
    public async Task ImportItemAsync_NewItem_KeepsIdTimesAndRevision()
    {
        var exported = Exported();

        var outcome = await Store.ImportItemAsync(exported, Ct);

        Assert.Equal(ImportOutcome.Created, outcome);
        AssertSameItem(exported, await Store.FindItemAsync(exported.Id, Ct));
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task ImportItemAsync_SameContentAgain_ReportsUnchangedAndWritesNothing()
    {
        var exported = Exported();
        await Store.ImportItemAsync(exported, Ct);

        var outcome = await Store.ImportItemAsync(exported with { Tags = ["adr"] }, Ct);

        Assert.Equal(ImportOutcome.Unchanged, outcome);
        Assert.Single(await Store.GetRevisionsAsync(exported.Id, Ct));
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task ImportItemAsync_ChangedContent_WritesNextRevisionAndKeepsTheOldOne()
    {
        var exported = Exported();
        await Store.ImportItemAsync(exported, Ct);
        var changed = exported with { Body = "Chosen for its simplicity and speed.", Tags = ["adr", "perf"], UpdatedAt = T0.AddDays(-1), RevisedBy = Ada };

        var outcome = await Store.ImportItemAsync(changed, Ct);

        Assert.Equal(ImportOutcome.Updated, outcome);
        var stored = await Store.FindItemAsync(exported.Id, Ct);
        Assert.Equal(changed.Body, stored!.Body);
        Assert.Equal(["adr", "perf"], stored.Tags);
        Assert.Equal(T0.AddDays(-1), stored.UpdatedAt);
        Assert.Equal(Ada, stored.RevisedBy);
        Assert.Equal([exported.Body, changed.Body], (await Store.GetRevisionsAsync(exported.Id, Ct)).Select(r => r.Body));
        Assert.Equal(["Exported decision"], await ListTitlesAsync(new ItemFilter { Tags = ["perf"] }));
    }
}
