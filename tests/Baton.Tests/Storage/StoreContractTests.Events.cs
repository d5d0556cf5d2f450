using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetEventsAsync_AfterEveryKindOfChange_HasOneEventPerChange()
    {
        var a = await AddAsync("A");
        await Store.AddItemsAsync([Draft("B"), Draft("C")], Ct);
        var b = (await Store.ListAsync(new ItemFilter(), Ct)).Single(i => i.Title == "B");
        await UpdateAsync(a, Change(Claude, 1) with { Body = "A, edited." }, T0.AddMinutes(1));
        await Store.LinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(2), Ct);
        await Store.LinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(2), Ct);
        await Store.UnlinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(3), Ct);
        await Store.UnlinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(3), Ct);
        await Store.SetArchivedAsync(b.Id, archived: true, Ada, T0.AddMinutes(4), Ct);
        await Store.SetArchivedAsync(b.Id, archived: false, Ada, T0.AddMinutes(5), Ct);
        var prompt = PromptDraft("P", "p1", T0.AddMinutes(6));
        await Store.AddPromptVersionAsync("p", prompt, Ct);
        await Store.AddPromptVersionAsync("p", PromptDraft("P", "p2", T0.AddMinutes(7)), Ct);
        await Store.SetPromptLabelAsync("p", "production", 2, Ada, T0.AddMinutes(8), Ct);
        await Store.DeleteItemAsync(b.Id, Ada, T0.AddMinutes(9), Ct);
        await Assert.ThrowsAsync<BatonException>(() => UpdateAsync(a, Change(Ada, 1) with { Body = "stale" }, T0.AddMinutes(10)));

        var events = await Store.GetEventsAsync(cancellationToken: Ct);

        Assert.Equal(
            [
                "item.created", "item.created", "item.created", "item.revised", "item.linked", "item.unlinked",
                "item.archived", "item.unarchived", "item.created", "item.revised", "prompt.labelled", "item.deleted",
            ],
            events.Select(e => e.Kind));
        Assert.Equal(
            [a.Id, a.Id, a.Id, b.Id, b.Id, prompt.Id, prompt.Id, prompt.Id, b.Id],
            events.Skip(3).Select(e => e.Subject));
        Assert.Equal(events.Select(e => e.Seq).Order(), events.Select(e => e.Seq));
        Assert.Equal(events.Count, events.Select(e => e.Seq).Distinct().Count());
    }

    [Fact]
    public async Task GetEventsAsync_Revision_RecordsItsTimeAndAuthor()
    {
        var item = await AddAsync("Timed");

        await UpdateAsync(item, Change(Claude, 1) with { Title = "Timed, edited" }, T0.AddMinutes(1));

        var events = await Store.GetEventsAsync(item.Id, Ct);
        Assert.Equal([T0, T0.AddMinutes(1)], events.Select(e => e.At));
        Assert.Equal([Ada.ToString(), Claude.ToString()], events.Select(e => e.Actor));
    }

    [Fact]
    public async Task GetEventsAsync_Subject_ReturnsOnlyThatItemsEvents()
    {
        var a = await AddAsync("A");
        var b = await AddAsync("B");
        await UpdateAsync(b, Change(Ada, 1) with { Body = "B, edited." }, T0.AddMinutes(1));

        var events = await Store.GetEventsAsync(b.Id, Ct);

        Assert.Equal(["item.created", "item.revised"], events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal(b.Id, e.Subject));
        Assert.DoesNotContain(events, e => e.Subject == a.Id);
    }
}
