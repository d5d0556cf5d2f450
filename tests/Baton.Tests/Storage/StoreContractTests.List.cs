using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    /// <summary>
    /// Four items, each added a minute after the last, so newest first is n4, n3, n2, n1:
    /// n1 note [api retry] human internal; n2 decision [api] claude-code confidential;
    /// n3 snippet [retry] codex public; n4 note [api retry db] automation secret.
    /// </summary>
    private async Task AddListFixtureAsync()
    {
        await AddAsync("n1", kind: ItemKind.Note, tags: ["api", "retry"], sensitivity: Sensitivity.Internal,
            source: HumanSource(T0), at: T0);
        await AddAsync("n2", kind: ItemKind.Decision, tags: ["api"], sensitivity: Sensitivity.Confidential,
            source: AiSource("claude-code", T0.AddMinutes(1)), at: T0.AddMinutes(1));
        await AddAsync("n3", kind: ItemKind.Snippet, tags: ["retry"], sensitivity: Sensitivity.Public,
            source: AiSource("codex", T0.AddMinutes(2)), at: T0.AddMinutes(2));
        await AddAsync("n4", kind: ItemKind.Note, tags: ["api", "retry", "db"], sensitivity: Sensitivity.Secret,
            source: new SourceLabel { Actor = ActorKind.Automation, Name = "nightly", Tool = "github-actions", At = T0.AddMinutes(3) },
            at: T0.AddMinutes(3));
    }

    [Fact]
    public async Task ListAsync_NoFilter_OrdersByUpdatedNewestFirst()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter());

        Assert.Equal(["n4", "n3", "n2", "n1"], titles);
    }

    [Fact]
    public async Task ListAsync_OldestItemEdited_ComesFirst()
    {
        await AddListFixtureAsync();
        var n1 = (await Store.ListAsync(new ItemFilter(), Ct)).Single(i => i.Title == "n1");

        await UpdateAsync(n1, Change(Ada, 1) with { Body = "Edited later." }, T0.AddMinutes(10));

        Assert.Equal(["n1", "n4", "n3", "n2"], await ListTitlesAsync(new ItemFilter()));
    }

    [Fact]
    public async Task ListAsync_Kinds_ReturnsOnlyThoseKinds()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter { Kinds = [ItemKind.Note, ItemKind.Snippet] });

        Assert.Equal(["n4", "n3", "n1"], titles);
    }

    [Fact]
    public async Task ListAsync_SeveralTags_ReturnsItemsCarryingAllOfThem()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter { Tags = ["api", "retry"] });

        Assert.Equal(["n4", "n1"], titles);
    }

    public static TheoryData<string> SearchFilters => ["tool", "actor", "since", "kind", "sensitivity", "tags", "all"];

    [Theory]
    [MemberData(nameof(SearchFilters))]
    public async Task SearchAsync_EachFilter_FindsWhatListFinds(string name)
    {
        await AddListFixtureAsync();
        var filter = name switch
        {
            "tool" => new ItemFilter { SourceTool = "claude-code" },
            "actor" => new ItemFilter { Actor = ActorKind.Ai },
            "since" => new ItemFilter { Since = T0.AddSeconds(90) },
            "kind" => new ItemFilter { Kinds = [ItemKind.Note, ItemKind.Snippet] },
            "sensitivity" => new ItemFilter { Sensitivities = [Sensitivity.Public, Sensitivity.Secret] },
            "tags" => new ItemFilter { Tags = ["api", "retry"] },
            _ => new ItemFilter { Actor = ActorKind.Ai, Since = T0.AddSeconds(30), Kinds = [ItemKind.Snippet], Tags = ["retry"] },
        };

        var listed = await ListTitlesAsync(filter);
        var found = (await Store.SearchAsync(SearchQuery.Parse("body"), filter, Ct)).Select(h => h.Item.Title);

        Assert.NotEmpty(listed);
        Assert.Equal(listed.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_SourceTool_ReturnsItemsFromThatTool()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter { SourceTool = "claude-code" });

        Assert.Equal(["n2"], titles);
    }

    [Fact]
    public async Task ListAsync_Actor_ReturnsItemsFromThatKindOfActor()
    {
        await AddListFixtureAsync();

        var ai = await ListTitlesAsync(new ItemFilter { Actor = ActorKind.Ai });
        var human = await ListTitlesAsync(new ItemFilter { Actor = ActorKind.Human });

        Assert.Equal(["n3", "n2"], ai);
        Assert.Equal(["n1"], human);
    }

    [Fact]
    public async Task ListAsync_Since_ReturnsItemsUpdatedSince()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter { Since = T0.AddSeconds(90) });

        Assert.Equal(["n4", "n3"], titles);
    }

    [Fact]
    public async Task ListAsync_Sensitivities_ReturnsOnlyThoseLevels()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter { Sensitivities = [Sensitivity.Public, Sensitivity.Secret] });

        Assert.Equal(["n4", "n3"], titles);
    }

    [Fact]
    public async Task ListAsync_LimitAndOffset_ReturnsThatPage()
    {
        await AddListFixtureAsync();

        var page = await ListTitlesAsync(new ItemFilter { Limit = 2, Offset = 1 });
        var past = await ListTitlesAsync(new ItemFilter { Limit = 2, Offset = 4 });

        Assert.Equal(["n3", "n2"], page);
        Assert.Empty(past);
    }

    [Fact]
    public async Task ListAsync_PagesOfItemsUpdatedAtTheSameTime_ReturnEachItemOnce()
    {
        var items = Enumerable.Range(0, 12).Select(n => Draft($"same time {n}")).ToList();
        await Store.AddItemsAsync(items, Ct);

        var seen = new List<string>();
        for (var offset = 0; offset < items.Count; offset += 5)
            seen.AddRange((await Store.ListAsync(new ItemFilter { Limit = 5, Offset = offset }, Ct)).Select(i => i.Id));

        Assert.Equal(items.Select(i => i.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_SeveralFilters_AppliesAllOfThem()
    {
        await AddListFixtureAsync();

        var titles = await ListTitlesAsync(new ItemFilter
        {
            Kinds = [ItemKind.Note],
            Tags = ["retry"],
            Sensitivities = [Sensitivity.Internal, Sensitivity.Secret],
            Since = T0.AddSeconds(30),
        });

        Assert.Equal(["n4"], titles);
    }
}
