using Baton.Library;

namespace Baton.Tests.Storage;

public abstract partial class StoreContractTests
{
    [Fact]
    public async Task GetLinksAsync_LinkedItems_ShowsTheLinkFromBothEnds()
    {
        var spec = await AddAsync("Orders API spec", kind: ItemKind.Doc);
        var code = await AddAsync("Orders endpoint", kind: ItemKind.Snippet);
        var unrelated = await AddAsync("Unrelated");
        var at = T0.AddMinutes(1);

        var added = await Store.LinkAsync(code.Id, LinkType.Implements, spec.Id, Ada, at, Ct);

        Assert.True(added);
        var expected = new ItemLink(code.Id, "Orders endpoint", LinkType.Implements, spec.Id, "Orders API spec", at);
        Assert.Equal([expected], await Store.GetLinksAsync(code.Id, Ct));
        Assert.Equal([expected], await Store.GetLinksAsync(spec.Id, Ct));
        Assert.Empty(await Store.GetLinksAsync(unrelated.Id, Ct));
    }

    [Fact]
    public async Task LinkAsync_SameLinkTwice_ReturnsFalseAndKeepsOne()
    {
        var a = await AddAsync("A");
        var b = await AddAsync("B");
        await Store.LinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(1), Ct);
        var events = await EventCountAsync();

        var added = await Store.LinkAsync(a.Id, LinkType.RelatesTo, b.Id, Claude, T0.AddMinutes(2), Ct);

        Assert.False(added);
        var link = Assert.Single(await Store.GetLinksAsync(a.Id, Ct));
        Assert.Equal(T0.AddMinutes(1), link.At);
        Assert.Equal(events, await EventCountAsync());
    }

    [Fact]
    public async Task LinkAsync_SameItemsOtherTypeOrDirection_AddsSeparateLinks()
    {
        var a = await AddAsync("A");
        var b = await AddAsync("B");

        await Store.LinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(1), Ct);
        var otherType = await Store.LinkAsync(a.Id, LinkType.DependsOn, b.Id, Ada, T0.AddMinutes(2), Ct);
        var otherDirection = await Store.LinkAsync(b.Id, LinkType.RelatesTo, a.Id, Ada, T0.AddMinutes(3), Ct);

        Assert.True(otherType);
        Assert.True(otherDirection);
        Assert.Equal(3, (await Store.GetLinksAsync(a.Id, Ct)).Count);
    }

    [Fact]
    public async Task LinkAsync_UnknownTarget_ThrowsNotFoundAndWritesNothing()
    {
        var a = await AddAsync("A");

        await AssertFailsAsync(ErrorKind.NotFound, () => Store.LinkAsync(a.Id, LinkType.RelatesTo, Draft("Ghost").Id, Ada, T0, Ct));

        Assert.Empty(await Store.GetLinksAsync(a.Id, Ct));
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task UnlinkAsync_ExistingLink_RemovesItFromBothEnds()
    {
        var a = await AddAsync("A");
        var b = await AddAsync("B");
        await Store.LinkAsync(a.Id, LinkType.References, b.Id, Ada, T0.AddMinutes(1), Ct);
        await Store.LinkAsync(a.Id, LinkType.RelatesTo, b.Id, Ada, T0.AddMinutes(1), Ct);

        var removed = await Store.UnlinkAsync(a.Id, LinkType.References, b.Id, Ada, T0.AddMinutes(2), Ct);

        Assert.True(removed);
        Assert.Equal(LinkType.RelatesTo, Assert.Single(await Store.GetLinksAsync(a.Id, Ct)).Type);
        Assert.Equal(LinkType.RelatesTo, Assert.Single(await Store.GetLinksAsync(b.Id, Ct)).Type);
    }

    [Fact]
    public async Task UnlinkAsync_NoSuchLink_ReturnsFalseAndWritesNothing()
    {
        var a = await AddAsync("A");
        var b = await AddAsync("B");
        await Store.LinkAsync(a.Id, LinkType.References, b.Id, Ada, T0.AddMinutes(1), Ct);
        var events = await EventCountAsync();

        var reversed = await Store.UnlinkAsync(b.Id, LinkType.References, a.Id, Ada, T0.AddMinutes(2), Ct);

        Assert.False(reversed);
        Assert.Single(await Store.GetLinksAsync(a.Id, Ct));
        Assert.Equal(events, await EventCountAsync());
    }
}
