using System.Text.Json;
using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task UpdateItemAsync_Edit_WritesNextRevisionAndKeepsSourceAndCreation()
    {
        var original = await AddAsync("Cache keys", "Use the tenant id.", tags: ["cache"]);
        var at = T0.AddMinutes(5);

        var updated = await UpdateAsync(original, Change(Claude, 1) with { Title = "Cache keys v2", Body = "Use tenant and region." }, at);

        Assert.Equal(2, updated.Revision);
        Assert.Equal(Claude, updated.RevisedBy);
        Assert.Equal(at, updated.UpdatedAt);
        Assert.Equal(original.CreatedAt, updated.CreatedAt);
        Assert.Equal(original.Source, updated.Source);
        Assert.Equal(["cache"], updated.Tags);
        AssertSameItem(updated, await Store.FindItemAsync(original.Id, Ct));
    }

    [Fact]
    public async Task UpdateItemAsync_OnlySensitivity_KeepsOtherFields()
    {
        var original = await AddAsync("Token rotation", "Rotate every 30 days.", tags: ["security", "ops"]);

        var updated = await UpdateAsync(original, Change(Ada, 1) with { Sensitivity = Sensitivity.Secret }, T0.AddMinutes(1));

        Assert.Equal(Sensitivity.Secret, updated.Sensitivity);
        AssertSameItem(original with { Sensitivity = Sensitivity.Secret, Revision = 2, RevisedBy = Ada, UpdatedAt = T0.AddMinutes(1) },
            await Store.FindItemAsync(original.Id, Ct));
    }

    [Fact]
    public async Task GetRevisionsAsync_ThreeRevisions_ReturnsAllOldestFirstWithAuthorsAndText()
    {
        var original = await AddAsync("Deploy steps", "Step one.", tags: ["deploy"]);
        var second = await UpdateAsync(original, Change(Claude, 1) with { Body = "Step one. Step two.", Tags = ["deploy", "ci"] }, T0.AddMinutes(1));
        var automation = new RevisionAuthor(ActorKind.Automation, "nightly", "github-actions");
        await UpdateAsync(second, Change(automation, 2) with { Title = "Deploy steps (checked)", Sensitivity = Sensitivity.Public }, T0.AddMinutes(2));

        var revisions = await Store.GetRevisionsAsync(original.Id, Ct);

        Assert.Equal([1, 2, 3], revisions.Select(r => r.Revision));
        Assert.Equal([Ada, Claude, automation], revisions.Select(r => r.Author));
        Assert.Equal([T0, T0.AddMinutes(1), T0.AddMinutes(2)], revisions.Select(r => r.At));
        Assert.Equal(["Deploy steps", "Deploy steps", "Deploy steps (checked)"], revisions.Select(r => r.Title));
        Assert.Equal(["Step one.", "Step one. Step two.", "Step one. Step two."], revisions.Select(r => r.Body));
        Assert.Equal(["deploy"], revisions[0].Tags);
        Assert.Equal(["deploy", "ci"], revisions[1].Tags);
        Assert.Equal([Sensitivity.Internal, Sensitivity.Internal, Sensitivity.Public], revisions.Select(r => r.Sensitivity));
    }

    [Fact]
    public async Task UpdateItemAsync_StaleExpectedRevision_ThrowsConflictAndWritesNothing()
    {
        var original = await AddAsync("Timeouts", "30 seconds.");
        var current = await UpdateAsync(original, Change(Ada, 1) with { Body = "45 seconds." }, T0.AddMinutes(1));
        var events = await EventCountAsync();

        var error = await AssertFailsAsync(ErrorKind.Conflict,
            () => UpdateAsync(original, Change(Claude, 1) with { Body = "10 seconds." }, T0.AddMinutes(2)));

        Assert.Contains(original.Id, error.Message, StringComparison.Ordinal);
        AssertSameItem(current, await Store.FindItemAsync(original.Id, Ct));
        Assert.Equal(2, (await Store.GetRevisionsAsync(original.Id, Ct)).Count);
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task UpdateItemAsync_UnknownId_ThrowsNotFound()
    {
        var ghost = Draft("Never stored");

        await AssertFailsAsync(ErrorKind.NotFound, () => UpdateAsync(ghost, Change(Ada, 1) with { Body = "x" }, T0));
    }

    [Fact]
    public async Task UpdateItemAsync_TagsReplaced_TagFiltersAndSearchFollow()
    {
        var item = await AddAsync("Queue sizing", tags: ["kafka", "perf"]);

        await UpdateAsync(item, Change(Ada, 1) with { Tags = ["rabbitmq", "perf"] }, T0.AddMinutes(1));

        Assert.Empty(await ListTitlesAsync(new ItemFilter { Tags = ["kafka"] }));
        Assert.Equal(["Queue sizing"], await ListTitlesAsync(new ItemFilter { Tags = ["rabbitmq"] }));
        Assert.Equal(["Queue sizing"], await ListTitlesAsync(new ItemFilter { Tags = ["perf", "rabbitmq"] }));
        Assert.Empty(await SearchTitlesAsync("kafka"));
        Assert.Equal(["Queue sizing"], await SearchTitlesAsync("tags:rabbitmq"));
        Assert.Equal(["rabbitmq", "perf"], (await Store.FindItemAsync(item.Id, Ct))!.Tags);
    }

    [Fact]
    public async Task SetArchivedAsync_Archived_HidesFromListAndSearchUnlessIncludeArchived()
    {
        var archived = await AddAsync("Old flaky test notes", "flaky retries");
        await AddAsync("Current flaky test notes", "flaky retries", at: T0.AddMinutes(1));

        await Store.SetArchivedAsync(archived.Id, archived: true, Ada, T0.AddMinutes(2), Ct);

        Assert.Equal(T0.AddMinutes(2), (await Store.FindItemAsync(archived.Id, Ct))!.ArchivedAt);
        Assert.Equal(["Current flaky test notes"], await ListTitlesAsync(new ItemFilter()));
        Assert.Equal(["Current flaky test notes"], await SearchTitlesAsync("flaky"));
        Assert.Equal(["Current flaky test notes", "Old flaky test notes"], await ListTitlesAsync(new ItemFilter { IncludeArchived = true }));
        Assert.Equal(2, (await SearchTitlesAsync("flaky", new ItemFilter { IncludeArchived = true })).Count);
    }

    [Fact]
    public async Task SetArchivedAsync_ArchivedTwice_ThrowsConflict()
    {
        var item = await AddAsync("Archive me");
        await Store.SetArchivedAsync(item.Id, archived: true, Ada, T0.AddMinutes(1), Ct);
        var events = await EventCountAsync();

        await AssertFailsAsync(ErrorKind.Conflict, () => Store.SetArchivedAsync(item.Id, archived: true, Ada, T0.AddMinutes(2), Ct));

        Assert.Equal(T0.AddMinutes(1), (await Store.FindItemAsync(item.Id, Ct))!.ArchivedAt);
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task SetArchivedAsync_Unarchived_ShowsAgain()
    {
        var item = await AddAsync("Back again");
        await Store.SetArchivedAsync(item.Id, archived: true, Ada, T0.AddMinutes(1), Ct);

        await Store.SetArchivedAsync(item.Id, archived: false, Ada, T0.AddMinutes(2), Ct);

        Assert.Null((await Store.FindItemAsync(item.Id, Ct))!.ArchivedAt);
        Assert.Equal(["Back again"], await ListTitlesAsync(new ItemFilter()));
    }

    [Fact]
    public async Task SetArchivedAsync_UnarchiveWhenNotArchived_ThrowsConflict()
    {
        var item = await AddAsync("Never archived");

        await AssertFailsAsync(ErrorKind.Conflict, () => Store.SetArchivedAsync(item.Id, archived: false, Ada, T0.AddMinutes(1), Ct));
    }

    [Fact]
    public async Task DeleteItemAsync_LinkedItemWithRevisions_RemovesItemRevisionsAndLinks()
    {
        var doomed = await AddAsync("Obsolete design", "The zebra protocol.");
        await UpdateAsync(doomed, Change(Ada, 1) with { Body = "The zebra protocol, revised." }, T0.AddMinutes(1));
        var before = await AddAsync("Requirement");
        var after = await AddAsync("Follow-up");
        await Store.LinkAsync(doomed.Id, LinkType.Implements, before.Id, Ada, T0.AddMinutes(2), Ct);
        await Store.LinkAsync(after.Id, LinkType.Supersedes, doomed.Id, Ada, T0.AddMinutes(2), Ct);

        await Store.DeleteItemAsync(doomed.Id, Ada, T0.AddMinutes(3), Ct);

        Assert.Null(await Store.FindItemAsync(doomed.Id, Ct));
        await AssertFailsAsync(ErrorKind.NotFound, () => Store.GetRevisionsAsync(doomed.Id, Ct));
        await AssertFailsAsync(ErrorKind.NotFound, () => Store.ResolveIdAsync(doomed.Id, Ct));
        Assert.Empty(await Store.GetLinksAsync(before.Id, Ct));
        Assert.Empty(await Store.GetLinksAsync(after.Id, Ct));
        Assert.Empty(await SearchTitlesAsync("zebra", new ItemFilter { IncludeArchived = true }));
    }

    [Fact]
    public async Task DeleteItemAsync_Item_LeavesDeletedEventWithKindAndTitleButNotBody()
    {
        var item = await AddAsync("Leaked key", "AKIA-THE-SECRET-BODY", kind: ItemKind.Decision);

        await Store.DeleteItemAsync(item.Id, Claude, T0.AddMinutes(1), Ct);

        var deleted = Assert.Single(await Store.GetEventsAsync(item.Id, Ct), e => e.Kind == "item.deleted");
        Assert.Equal(T0.AddMinutes(1), deleted.At);
        Assert.Equal(Claude.ToString(), deleted.Actor);
        Assert.NotNull(deleted.Data);
        Assert.DoesNotContain("AKIA-THE-SECRET-BODY", deleted.Data, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(deleted.Data);
        Assert.Equal("decision", data.RootElement.GetProperty("kind").GetString());
        Assert.Equal("Leaked key", data.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task DeleteItemAsync_UnknownId_ThrowsNotFoundAndWritesNothing()
    {
        await AddAsync("Survivor");

        await AssertFailsAsync(ErrorKind.NotFound, () => Store.DeleteItemAsync(Draft("Ghost").Id, Ada, T0, Ct));

        Assert.Equal(1, await EventCountAsync());
    }
}
