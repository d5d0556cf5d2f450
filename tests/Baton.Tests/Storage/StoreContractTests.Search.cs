using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task SearchAsync_TitleMatchAndBodyOnlyMatch_RanksTitleMatchFirst()
    {
        // The body-only match is added last, so that neither insertion order nor recency favours the title match.
        await AddAsync("Deadlock in the payment worker", "Two workers wait on each other's row locks.");
        await AddAsync("Payment worker notes", "We once saw a deadlock here under load.", at: T0.AddMinutes(1));

        var hits = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter(), Ct);

        Assert.Equal(["Deadlock in the payment worker", "Payment worker notes"], hits.Select(h => h.Item.Title));
        Assert.True(hits[0].Score > hits[1].Score, $"title match scored {hits[0].Score}, body match {hits[1].Score}");
    }

    [Fact]
    public async Task SearchAsync_MoreMatchesThanTheWindow_RanksOnlyTheNewestAndSaysSo()
    {
        // The best match is the oldest: a window of the 3 newest leaves it out, an exhaustive search finds it.
        await AddAsync("Deadlock deadlock", "deadlock");
        for (var i = 1; i <= 4; i++)
            await AddAsync($"Worker notes {i}", "A deadlock happened once.", at: T0.AddMinutes(i));

        var windowed = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter { RankWindow = 3 }, Ct);
        var exhaustive = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter { RankWindow = null }, Ct);

        Assert.Equal(["Worker notes 2", "Worker notes 3", "Worker notes 4"], windowed.Select(h => h.Item.Title).Order(StringComparer.Ordinal));
        Assert.True(windowed.WindowFull);
        Assert.Equal(3, windowed.RankWindow);
        Assert.Equal("Deadlock deadlock", exhaustive[0].Item.Title);
        Assert.Equal(5, exhaustive.Count);
        Assert.False(exhaustive.WindowFull);
    }

    [Fact]
    public async Task SearchAsync_FewerMatchesThanTheWindow_RanksThemAllAndWindowIsNotFull()
    {
        await AddAsync("Deadlock deadlock", "deadlock", tags: ["db"]);
        await AddAsync("Worker notes", "A deadlock happened once.", at: T0.AddMinutes(1), tags: ["db"]);

        var hits = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter { RankWindow = 3, Tags = ["db"] }, Ct);

        Assert.Equal(["Deadlock deadlock", "Worker notes"], hits.Select(h => h.Item.Title));
        Assert.False(hits.WindowFull);
    }

    [Fact]
    public async Task SearchAsync_WindowWithFilters_TakesTheNewestMatchesThatPassTheFilter()
    {
        await AddAsync("Old decision on deadlock", "deadlock", kind: ItemKind.Decision);
        for (var i = 1; i <= 3; i++)
            await AddAsync($"Note {i}", "deadlock", at: T0.AddMinutes(i));

        var hits = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter { RankWindow = 2, Kinds = [ItemKind.Decision] }, Ct);

        Assert.Equal("Old decision on deadlock", Assert.Single(hits).Item.Title);
    }

    [Fact]
    public async Task SearchAsync_BodyMatch_ExcerptHighlightsTheMatchedTerm()
    {
        await AddAsync("Upload client", "The client should back off after a timeout and try again.");

        var hit = Assert.Single(await Store.SearchAsync(SearchQuery.Parse("timeout"), new ItemFilter(), Ct));

        Assert.Contains($"{SearchHit.HighlightStart}timeout{SearchHit.HighlightEnd}", hit.Excerpt, StringComparison.Ordinal);
        Assert.Equal(1, hit.Excerpt.Count(c => c == SearchHit.HighlightStart));
    }

    [Fact]
    public async Task SearchAsync_InflectedWord_FindsItsStem()
    {
        await AddAsync("Client behaviour", "On a 503 we retry with backoff.");
        await AddAsync("Unrelated", "Nothing to see.");

        var titles = await SearchTitlesAsync("retries");

        Assert.Equal(["Client behaviour"], titles);
    }

    [Fact]
    public async Task SearchAsync_WithFilters_ReturnsOnlyMatchesPassingThem()
    {
        await AddAsync("Cache note", "The cache warms at start-up.", tags: ["perf"]);
        await AddAsync("Cache decision", "We keep the cache in process.", kind: ItemKind.Decision, sensitivity: Sensitivity.Confidential);
        await AddAsync("Queue note", "About something else entirely.", tags: ["perf"]);

        var tagged = await SearchTitlesAsync("cache", new ItemFilter { Tags = ["perf"] });
        var decisions = await SearchTitlesAsync("cache", new ItemFilter { Kinds = [ItemKind.Decision] });
        var publicOnly = await SearchTitlesAsync("cache", new ItemFilter { Sensitivities = [Sensitivity.Public] });

        Assert.Equal(["Cache note"], tagged);
        Assert.Equal(["Cache decision"], decisions);
        Assert.Empty(publicOnly);
    }

    [Theory]
    [InlineData("rare", 3, "item 0,item 5")]
    [InlineData("common", 3, "item 5,item 6,item 8")]
    [InlineData("common", null, "item 0,item 1,item 2,item 3,item 4,item 5,item 6,item 8")]
    [InlineData("common rare", 3, "item 0,item 5")]
    public async Task SearchAsync_RareOrCommonTagsInAWindow_KeepTheNewestTaggedMatches(string tags, int? window, string expected)
    {
        // 12 items, a window of 3; the newest common item is archived, and item 7 lacks the common tag.
        var items = Enumerable.Range(0, 12).Select(n => Draft($"item {n}", "A deadlock happened once.", at: T0.AddMinutes(n),
            tags: [.. n is 0 or 5 ? ["rare"] : Array.Empty<string>(), .. n is < 10 and not 7 ? ["common"] : Array.Empty<string>()])).ToList();
        await Store.AddItemsAsync(items, Ct);
        await Store.SetArchivedAsync(items[9].Id, archived: true, Ada, T0.AddMinutes(20), Ct);

        var hits = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter { RankWindow = window, Tags = tags.Split(' ') }, Ct);

        Assert.Equal(expected, string.Join(',', hits.Select(h => h.Item.Title).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task SearchAsync_ColumnFilter_MatchesOnlyThatColumn()
    {
        await AddAsync("Idempotency keys", "Keys expire after a day.");
        await AddAsync("Retry rules", "Use idempotency keys on every retry.");

        var titles = await SearchTitlesAsync("title:idempotency");

        Assert.Equal(["Idempotency keys"], titles);
    }

    [Fact]
    public async Task SearchAsync_LimitAndOffset_PagesThroughRankedHits()
    {
        await AddAsync("Gateway gateway gateway", "gateway gateway");
        await AddAsync("Gateway", "A gateway.");
        await AddAsync("Other", "Mentions the gateway once among many other words that dilute it.");
        var all = await SearchTitlesAsync("gateway");

        var page = await SearchTitlesAsync("gateway", new ItemFilter { Limit = 1, Offset = 1 });

        Assert.Equal(3, all.Count);
        Assert.Equal([all[1]], page);
    }

    [Fact]
    public async Task SearchAsync_PagesOfEquallyRankedHits_ReturnEachItemOnce()
    {
        var items = Enumerable.Range(0, 12).Select(n => Draft("Same title", "Same body about the gateway.", at: T0.AddMinutes(n))).ToList();
        await Store.AddItemsAsync(items, Ct);

        var seen = new List<string>();
        for (var offset = 0; offset < items.Count; offset += 5)
        {
            var page = await Store.SearchAsync(SearchQuery.Parse("gateway"), new ItemFilter { Limit = 5, Offset = offset }, Ct);
            seen.AddRange(page.Select(h => h.Item.Id));
        }

        Assert.Equal(items.Select(i => i.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_NoMatch_ReturnsNothing()
    {
        await AddAsync("Something", "Else entirely.");

        var titles = await SearchTitlesAsync("kubernetes");

        Assert.Empty(titles);
    }

    [Theory]
    [InlineData("a AND")]
    [InlineData("OR b")]
    [InlineData("a AND OR b")]
    [InlineData("NOT")]
    public async Task SearchAsync_DanglingOperator_ThrowsInputErrorInBatonWords(string text)
    {
        await AddAsync("a b", "a b");
        var query = SearchQuery.Parse(text);

        var error = await AssertFailsAsync(ErrorKind.Input, () => Store.SearchAsync(query, new ItemFilter(), Ct));

        Assert.Contains(text, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite Error", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("a AND")]
    [InlineData("OR b")]
    [InlineData("NOT")]
    public async Task SearchAsync_MalformedQueryWithTagFilter_SaysWhatItSaysWithout(string text)
    {
        await AddAsync("a b", "a b", tags: ["db"]);
        var query = SearchQuery.Parse(text);

        var plain = await AssertFailsAsync(ErrorKind.Input, () => Store.SearchAsync(query, new ItemFilter(), Ct));
        var tagged = await AssertFailsAsync(ErrorKind.Input, () => Store.SearchAsync(query, new ItemFilter { Tags = ["db", "api"] }, Ct));

        Assert.Equal(plain.Message, tagged.Message);
    }

    [Fact]
    public async Task SearchAsync_TagSharingWordsWithOtherTags_FindsOnlyItemsWithThatTag()
    {
        // The tags column stems and splits: all three carry the word "perform", one carries the tag "performance".
        await AddAsync("tagged", "A deadlock.", tags: ["performance"]);
        await AddAsync("stem", "A deadlock.", tags: ["performing"], at: T0.AddMinutes(1));
        await AddAsync("part", "A deadlock.", tags: ["team/performance"], at: T0.AddMinutes(2));

        var titles = await SearchTitlesAsync("deadlock", new ItemFilter { Tags = ["performance"] });

        Assert.Equal(["tagged"], titles);
    }

    [Fact]
    public async Task SearchAsync_TagWithoutLettersOrDigits_StillFilters()
    {
        await AddAsync("dots", "A deadlock.", tags: ["..."]);
        await AddAsync("none", "A deadlock.", at: T0.AddMinutes(1));

        var titles = await SearchTitlesAsync("deadlock", new ItemFilter { Tags = ["..."] });

        Assert.Equal(["dots"], titles);
    }

    [Fact]
    public async Task SearchAsync_TagFilter_LeavesScoresAsTheyAreWithout()
    {
        await AddAsync("Deadlock deadlock", "deadlock", tags: ["db"]);
        await AddAsync("Worker notes", "A deadlock happened once.", at: T0.AddMinutes(1), tags: ["db", "api"]);
        await AddAsync("Other", "A deadlock elsewhere, once, among other words.", at: T0.AddMinutes(2));

        var all = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter(), Ct);
        var tagged = await Store.SearchAsync(SearchQuery.Parse("deadlock"), new ItemFilter { Tags = ["db"] }, Ct);

        Assert.Equal(2, tagged.Count);
        Assert.All(tagged, hit => Assert.Equal(all.Single(h => h.Item.Id == hit.Item.Id).Score, hit.Score, 9));
    }
}
