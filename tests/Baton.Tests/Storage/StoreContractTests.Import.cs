using Baton.Library;
using Baton.Storage;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>An item as an export from another library holds it: at revision 3, created and updated long ago.</summary>
    private Item Exported() => Draft("Exported decision", "Chosen for its simplicity.", kind: ItemKind.Decision, tags: ["adr"],
        at: T0.AddDays(-30)) with { Revision = 3, UpdatedAt = T0.AddDays(-2), RevisedBy = Claude };

    [Fact]
    public async Task ImportAsync_ItemsPromptAndLinks_WritesThemAllInOneGo()
    {
        var decision = Exported();
        var prompt = Draft("Review prompt", "Review {{ diff }}", kind: ItemKind.Prompt);
        var batch = new ImportBatch(
            [new ImportEntry(decision), new ImportEntry(prompt, Prompt: new ImportPrompt("review", new Dictionary<string, int> { ["prod"] = 1 }))],
            [new ImportLink(prompt.Id, "relates-to", decision.Id, null)],
            Ada,
            T0);

        var result = await Store.ImportAsync(batch, Ct);

        Assert.Equal([ImportOutcome.Created, ImportOutcome.Created], result.Outcomes);
        Assert.Equal(1, result.LinksAdded);
        Assert.Equal(1, (await Store.FindPromptAsync("review", Ct))!.Labels["prod"]);
        Assert.Single(await Store.GetLinksAsync(prompt.Id, Ct));
    }

    [Fact]
    public async Task ImportAsync_LastStepFails_LeavesNothingWritten()
    {
        // The label names a version the prompt does not have: it fails after the items were written in the same transaction.
        var decision = Exported();
        var prompt = Draft("Review prompt", "Review {{ diff }}", kind: ItemKind.Prompt);
        var batch = new ImportBatch(
            [new ImportEntry(decision), new ImportEntry(prompt, Prompt: new ImportPrompt("review", new Dictionary<string, int> { ["prod"] = 7 }))],
            [],
            Ada,
            T0);

        await Assert.ThrowsAsync<BatonException>(() => Store.ImportAsync(batch, Ct));

        Assert.Null(await Store.FindItemAsync(decision.Id, Ct));
        Assert.Null(await Store.FindItemAsync(prompt.Id, Ct));
        Assert.Null(await Store.FindPromptAsync("review", Ct));
        Assert.Equal(0, await EventCountAsync());
    }

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
