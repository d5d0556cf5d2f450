using Baton.Library;
using Baton.Transfer;
using static Baton.Tests.Transfer.TransferWorkspace;

namespace Baton.Tests.Transfer;

public sealed class MarkdownExporterTests : IAsyncLifetime
{
    private readonly TransferWorkspace _workspace = new();

    private string Folder => _workspace.Folder("export");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _workspace.DisposeAsync();

    private string Read(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    [Fact]
    public async Task ExportAsync_Items_WritesOneFilePerItemInAFolderPerKind()
    {
        var note = await _workspace.AddAsync("Why we retry", "Body of the note.\n");
        var decision = await _workspace.AddAsync("Use SQLite", "Because.", ItemKind.Decision);

        var result = await _workspace.ExportAsync(Folder);

        Assert.Equal([$"decision/use-sqlite-{decision.Id}.md", $"note/why-we-retry-{note.Id}.md"], result.Files.Select(f => f.Path));
        Assert.All(result.Files, f => Assert.Equal(ExportStatus.Created, f.Status));
        Assert.StartsWith($"---\nid: {note.Id}\nkind: note\ntitle: Why we retry\n", Read(result.Files[1].Path), StringComparison.Ordinal);
        Assert.EndsWith("\n---\nBody of the note.\n", Read(result.Files[1].Path), StringComparison.Ordinal);
        Assert.EndsWith("\n---\nBecause.", Read(result.Files[0].Path), StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Folder, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task ExportAsync_Twice_LeavesUnchangedFilesAlone()
    {
        await _workspace.AddAsync("Stable");
        var first = await _workspace.ExportAsync(Folder);
        var path = Path.Combine(Folder, first.Files[0].Path);
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var second = await _workspace.ExportAsync(Folder);

        Assert.Equal(ExportStatus.Unchanged, Assert.Single(second.Files).Status);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public async Task ExportAsync_AfterAnEdit_OverwritesTheSameFile()
    {
        var item = await _workspace.AddAsync("Same title", "v1");
        var first = await _workspace.ExportAsync(Folder);
        await _workspace.Store.UpdateItemAsync(item.Id, new ItemChange { Body = "v2", Author = Ada, ExpectedRevision = 1 }, T0.AddMinutes(1), Ct);

        var second = await _workspace.ExportAsync(Folder);

        Assert.Equal(first.Files[0].Path, second.Files[0].Path);
        Assert.Equal(ExportStatus.Updated, second.Files[0].Status);
        Assert.EndsWith("---\nv2", Read(second.Files[0].Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_TitleChanged_RemovesTheFileWithTheOldName()
    {
        var item = await _workspace.AddAsync("Old title");
        var first = await _workspace.ExportAsync(Folder);
        await _workspace.Store.UpdateItemAsync(item.Id, new ItemChange { Title = "New title", Author = Ada, ExpectedRevision = 1 }, T0.AddMinutes(1), Ct);
        File.WriteAllText(Path.Combine(Folder, "note", "keep-me.md"), "not an export");

        var second = await _workspace.ExportAsync(Folder);

        Assert.Equal($"note/new-title-{item.Id}.md", Assert.Single(second.Files).Path);
        Assert.Equal([first.Files[0].Path], second.Removed);
        Assert.False(File.Exists(Path.Combine(Folder, first.Files[0].Path)));
        Assert.True(File.Exists(Path.Combine(Folder, "note", "keep-me.md")));
    }

    [Fact]
    public async Task ExportAsync_ArchivedItems_AreLeftOutUnlessAsked()
    {
        await _workspace.AddAsync("Current");
        var old = await _workspace.AddAsync("Old");
        await _workspace.Store.SetArchivedAsync(old.Id, true, Ada, T0.AddMinutes(1), Ct);

        var without = await _workspace.ExportAsync(_workspace.Folder("a"), new ItemFilter());
        var with = await _workspace.ExportAsync(_workspace.Folder("b"), new ItemFilter { IncludeArchived = true });

        Assert.Single(without.Files);
        Assert.Equal(1, without.ArchivedLeftOut);
        Assert.Equal(2, with.Files.Count);
        Assert.Equal(0, with.ArchivedLeftOut);
        Assert.Contains("\narchived: 2026-05-28T20:27:40.123Z\n", File.ReadAllText(Path.Combine(_workspace.Folder("b"), with.Files.Single(f => f.Id == old.Id).Path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_Filter_ExportsOnlyMatchingItemsAndIgnoresTheLimit()
    {
        for (var i = 0; i < 3; i++)
            await _workspace.AddAsync($"Tagged {i}", tags: ["api"]);
        await _workspace.AddAsync("Untagged");

        var result = await _workspace.ExportAsync(Folder, new ItemFilter { Tags = ["api"], Limit = 1 });

        Assert.Equal(3, result.Files.Count);
    }

    [Fact]
    public async Task ExportAsync_MoreItemsThanAPage_ExportsEveryOne()
    {
        var items = Enumerable.Range(0, 1234).Select(i => _workspace.Library.Create(new NewItem
        {
            Kind = ItemKind.Note,
            Title = $"Item {i}",
            Body = "x",
            Source = HumanSource(T0),
        }, T0)).ToList();
        await _workspace.Store.AddItemsAsync(items, Ct);

        var result = await _workspace.ExportAsync(Folder);

        Assert.Equal(items.Select(i => i.Id).Order(), result.Files.Select(f => f.Id).Order());
    }

    [Fact]
    public async Task ExportAsync_Prompt_WritesItsNameAndLabels()
    {
        var draft = _workspace.Library.Create(new NewItem { Kind = ItemKind.Prompt, Title = "Review", Body = "Review {{ x }}.", Source = HumanSource(T0) }, T0);
        await _workspace.Store.AddPromptVersionAsync("review", draft, Ct);
        await _workspace.Store.AddPromptVersionAsync("review", draft with { Body = "Review {{ x }} well." }, Ct);
        await _workspace.Store.SetPromptLabelAsync("review", "production", 2, Ada, T0, Ct);
        await _workspace.Store.SetPromptLabelAsync("review", "canary", 1, Ada, T0, Ct);

        var result = await _workspace.ExportAsync(Folder);

        Assert.Contains("\nprompt:\n  name: review\n  labels:\n    canary: 1\n    production: 2\n---\nReview {{ x }} well.", Read(Assert.Single(result.Files).Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_Links_WritesOnlyThoseStartingAtTheItem()
    {
        var a = await _workspace.AddAsync("A");
        var b = await _workspace.AddAsync("B");
        await _workspace.Store.LinkAsync(a.Id, LinkType.Supersedes, b.Id, Ada, T0, Ct);

        var result = await _workspace.ExportAsync(Folder);

        Assert.Contains($"\nlinks:\n- type: supersedes\n  to: {b.Id}\n", Read(result.Files.Single(f => f.Id == a.Id).Path), StringComparison.Ordinal);
        Assert.DoesNotContain("links:", Read(result.Files.Single(f => f.Id == b.Id).Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAsync_EmptyLibrary_CreatesTheFolder()
    {
        var result = await _workspace.ExportAsync(Folder);

        Assert.Empty(result.Files);
        Assert.True(Directory.Exists(Folder));
    }

    [Fact]
    public async Task ExportAsync_TargetIsAFile_SaysGiveAFolder()
    {
        File.WriteAllText(Folder, "a file");

        var error = await Assert.ThrowsAsync<BatonException>(() => _workspace.ExportAsync(Folder));

        Assert.Contains("is a file; give a folder", error.Message, StringComparison.Ordinal);
    }
}
