using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    private Item PromptDraft(string title, string body, DateTimeOffset at) =>
        Draft(title, body, kind: ItemKind.Prompt, tags: ["prompt"], at: at);

    [Fact]
    public async Task AddPromptVersionAsync_TwoVersions_WritesVersionOneThenTwoOfOneItem()
    {
        var first = PromptDraft("Review an endpoint", "Review {{ endpoint }}.", T0);
        var second = PromptDraft("Review an endpoint", "Review {{ endpoint }} against {{ standards }}.", T0.AddMinutes(1));

        var v1 = await Store.AddPromptVersionAsync("review-endpoint", first, Ct);
        var v2 = await Store.AddPromptVersionAsync("review-endpoint", second, Ct);

        Assert.Equal(new("review-endpoint", first.Id, 1), v1);
        Assert.Equal(new("review-endpoint", first.Id, 2), v2);
        Assert.Null(await Store.FindItemAsync(second.Id, Ct));
        var revisions = await Store.GetRevisionsAsync(first.Id, Ct);
        Assert.Equal(["Review {{ endpoint }}.", "Review {{ endpoint }} against {{ standards }}."], revisions.Select(r => r.Body));
        var item = await Store.FindItemAsync(first.Id, Ct);
        Assert.Equal(ItemKind.Prompt, item!.Kind);
        Assert.Equal(T0.AddMinutes(1), item.UpdatedAt);
    }

    [Fact]
    public async Task SetPromptLabelAsync_LabelsSetAndMoved_FindPromptShowsWhereTheyPoint()
    {
        var first = PromptDraft("Summarise a diff", "v1", T0);
        await Store.AddPromptVersionAsync("summarise", first, Ct);
        await Store.AddPromptVersionAsync("summarise", PromptDraft("Summarise a diff, briefly", "v2", T0.AddMinutes(1)), Ct);

        await Store.SetPromptLabelAsync("summarise", "production", 1, Ada, T0.AddMinutes(2), Ct);
        await Store.SetPromptLabelAsync("summarise", "staging", 2, Ada, T0.AddMinutes(2), Ct);
        await Store.SetPromptLabelAsync("summarise", "production", 2, Ada, T0.AddMinutes(3), Ct);

        var prompt = await Store.FindPromptAsync("summarise", Ct);
        Assert.NotNull(prompt);
        Assert.Equal("summarise", prompt.Name);
        Assert.Equal(first.Id, prompt.ItemId);
        Assert.Equal("Summarise a diff, briefly", prompt.Title);
        Assert.Equal(2, prompt.LatestVersion);
        Assert.Equal(new Dictionary<string, int> { ["production"] = 2, ["staging"] = 2 }, prompt.Labels);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task SetPromptLabelAsync_VersionThatDoesNotExist_ThrowsNotFoundAndWritesNothing(int version)
    {
        await Store.AddPromptVersionAsync("summarise", PromptDraft("Summarise", "v1", T0), Ct);
        await Store.AddPromptVersionAsync("summarise", PromptDraft("Summarise", "v2", T0.AddMinutes(1)), Ct);
        await Store.SetPromptLabelAsync("summarise", "production", 1, Ada, T0.AddMinutes(2), Ct);
        var events = await EventCountAsync();

        await AssertFailsAsync(ErrorKind.NotFound, () => Store.SetPromptLabelAsync("summarise", "production", version, Ada, T0.AddMinutes(3), Ct));

        Assert.Equal(new Dictionary<string, int> { ["production"] = 1 }, (await Store.FindPromptAsync("summarise", Ct))!.Labels);
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task SetPromptLabelAsync_UnknownPrompt_ThrowsAndWritesNothing()
    {
        await Store.AddPromptVersionAsync("summarise", PromptDraft("Summarise", "v1", T0), Ct);

        var error = await Assert.ThrowsAsync<BatonException>(() => Store.SetPromptLabelAsync("summarize", "production", 1, Ada, T0.AddMinutes(1), Ct));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Null(await Store.FindPromptAsync("summarize", Ct));
        Assert.Empty((await Store.FindPromptAsync("summarise", Ct))!.Labels);
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task ListPromptsAsync_SeveralPromptsWithLabels_ListsEachOnceByName()
    {
        await Store.AddPromptVersionAsync("write-tests", PromptDraft("Write tests", "Write tests.", T0), Ct);
        await Store.AddPromptVersionAsync("review", PromptDraft("Review", "Review.", T0), Ct);
        await Store.AddPromptVersionAsync("review", PromptDraft("Review", "Review carefully.", T0.AddMinutes(1)), Ct);
        await Store.SetPromptLabelAsync("review", "production", 1, Ada, T0.AddMinutes(2), Ct);
        await Store.SetPromptLabelAsync("review", "canary", 2, Ada, T0.AddMinutes(2), Ct);
        await AddAsync("A plain note");

        var prompts = await Store.ListPromptsAsync(Ct);

        Assert.Equal(["review", "write-tests"], prompts.Select(p => p.Name));
        Assert.Equal(2, prompts[0].LatestVersion);
        Assert.Equal(new Dictionary<string, int> { ["canary"] = 2, ["production"] = 1 }, prompts[0].Labels);
        Assert.Empty(prompts[1].Labels);
    }

    [Fact]
    public async Task FindPromptAsync_UnknownName_ReturnsNull()
    {
        await Store.AddPromptVersionAsync("review", PromptDraft("Review", "Review.", T0), Ct);

        var prompt = await Store.FindPromptAsync("reviewer", Ct);

        Assert.Null(prompt);
    }
}
