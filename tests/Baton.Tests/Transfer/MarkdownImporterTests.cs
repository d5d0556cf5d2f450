using Baton.Yaml;
using Baton.Library;
using Baton.Storage;
using Baton.Transfer;
using static Baton.Tests.Transfer.TransferWorkspace;

namespace Baton.Tests.Transfer;

public sealed partial class MarkdownImporterTests : IAsyncLifetime
{
    private readonly TransferWorkspace _source = new();
    private readonly TransferWorkspace _target = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _source.DisposeAsync();
        await _target.DisposeAsync();
    }

    private string ExportFolder => _source.Folder("export");

    /// <summary>A library with every kind of field filled in: labels, anchors, revisions, archive state, links, a prompt with labels.</summary>
    private async Task<IReadOnlyList<Item>> MakeRichLibraryAsync()
    {
        var commit = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";
        var source = new SourceLabel
        {
            Actor = ActorKind.Ai,
            Name = "claude-code",
            Tool = "claude-code",
            Model = "claude-opus-4",
            PromptRef = "review-endpoint@3",
            Repo = "https://github.com/example/shop.git",
            Branch = "feature/retry",
            Commit = commit,
            Dirty = true,
            Path = "src/Payments/Retry Policy.cs",
            Lines = new LineRange(12, 48),
            Url = "https://example.com/chat/42?x=1#part",
            At = T0.AddMilliseconds(-5_457),
        };
        var snippet = _source.Library.Create(new NewItem
        {
            Kind = ItemKind.Snippet,
            Title = "Retry policy: 3 tries, then queue",
            Body = "```csharp\nvar delay = 200 * attempt;\n```\n",
            Tags = ["payments", "retry/policy", "v1.2"],
            Sensitivity = Sensitivity.Confidential,
            Source = source,
            Anchor = new SnippetAnchor("src/Payments/Retry Policy.cs", new LineRange(12, 48), commit, "sha256:9f86d081884c7d65", "csharp"),
        }, T0);
        await _source.Store.AddItemAsync(snippet, Ct);

        var sparse = await _source.AddAsync("no", "Sparse body without a final newline", sensitivity: Sensitivity.Public,
            source: HumanSource(T0) with { Dirty = false });
        var revised = await _source.AddAsync("Use SQLite by default", "v1\n", ItemKind.Decision, ["adr"]);
        await _source.Store.UpdateItemAsync(revised.Id, new ItemChange { Body = "v2\n", Author = Ada, ExpectedRevision = 1 }, T0.AddMinutes(1), Ct);
        await _source.Store.UpdateItemAsync(revised.Id, new ItemChange
        {
            Body = "v3, by an AI\r\nwith CRLF\r\n",
            Tags = ["adr", "storage"],
            Author = new RevisionAuthor(ActorKind.Ai, "codex", "codex", "gpt-5"),
            ExpectedRevision = 2,
        }, T0.AddMinutes(2), Ct);
        var archived = await _source.AddAsync("Old API notes", "---\nlooks like front matter\n---\n", ItemKind.Doc);
        await _source.Store.SetArchivedAsync(archived.Id, true, Ada, T0.AddMinutes(3), Ct);

        var prompt = _source.Library.Create(new NewItem { Kind = ItemKind.Prompt, Title = "Review an endpoint", Body = "Review {{ endpoint }}.", Source = HumanSource(T0) }, T0);
        await _source.Store.AddPromptVersionAsync("review-endpoint", prompt, Ct);
        await _source.Store.AddPromptVersionAsync("review-endpoint", prompt with { Body = "Review {{ endpoint }} carefully.", UpdatedAt = T0.AddMinutes(4) }, Ct);
        await _source.Store.SetPromptLabelAsync("review-endpoint", "production", 1, Ada, T0.AddMinutes(5), Ct);
        await _source.Store.SetPromptLabelAsync("review-endpoint", "staging", 2, Ada, T0.AddMinutes(5), Ct);

        await _source.Store.LinkAsync(snippet.Id, LinkType.Implements, revised.Id, Ada, T0, Ct);
        await _source.Store.LinkAsync(snippet.Id, LinkType.References, archived.Id, Ada, T0.AddSeconds(1), Ct);
        await _source.Store.LinkAsync(revised.Id, LinkType.Supersedes, archived.Id, Ada, T0.AddSeconds(2), Ct);
        await _source.Store.LinkAsync(prompt.Id, LinkType.RelatesTo, sparse.Id, Ada, T0.AddSeconds(3), Ct);
        return await _source.AllItemsAsync();
    }

    [Fact]
    public async Task ImportAsync_ExportIntoEmptyWorkspace_GivesIdenticalItemsLinksAndPrompts()
    {
        var items = await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);

        var result = await _target.ImportAsync(ExportFolder);

        Assert.True(result.Succeeded);
        Assert.Equal(items.Count, result.Count(ImportOutcome.Created));
        Assert.Equal(4, result.LinksAdded);
        Assert.Empty(result.Skipped);
        Assert.Empty(result.Warnings);
        foreach (var item in items)
            AssertSameItem(item, await _target.Store.FindItemAsync(item.Id, Ct));
        Assert.Equal(await _source.AllLinksAsync(), await _target.AllLinksAsync());
        var prompt = await _target.Store.FindPromptAsync("review-endpoint", Ct);
        Assert.NotNull(prompt);
        Assert.Equal((await _source.Store.FindPromptAsync("review-endpoint", Ct))!.ItemId, prompt.ItemId);
        Assert.Equal(new Dictionary<string, int> { ["production"] = 1, ["staging"] = 2 }, prompt.Labels);
    }

    [Fact]
    public async Task ImportAsync_Twice_SecondChangesNothing()
    {
        var items = await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);
        await _target.ImportAsync(ExportFolder);
        var events = await _target.EventCountAsync();

        var second = await _target.ImportAsync(ExportFolder);

        Assert.Equal(items.Count, second.Count(ImportOutcome.Unchanged));
        Assert.Equal(0, second.Count(ImportOutcome.Created) + second.Count(ImportOutcome.Updated));
        Assert.Equal(0, second.LinksAdded);
        Assert.Equal(items.Count, (await _target.AllItemsAsync()).Count);
        Assert.Equal(events, await _target.EventCountAsync());
    }

    [Fact]
    public async Task ImportAsync_IntoTheWorkspaceThatExported_ChangesNothing()
    {
        var items = await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);
        var events = await _source.EventCountAsync();

        var result = await _source.ImportAsync(ExportFolder);

        Assert.Equal(items.Count, result.Count(ImportOutcome.Unchanged));
        Assert.Equal(events, await _source.EventCountAsync());
    }

    [Fact]
    public async Task ExportAsync_AfterImport_WritesByteIdenticalFiles()
    {
        await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);
        await _target.ImportAsync(ExportFolder);
        var again = _target.Folder("again");

        await _target.ExportAsync(again);

        var first = Directory.GetFiles(ExportFolder, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(ExportFolder, f)).Order().ToList();
        var second = Directory.GetFiles(again, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(again, f)).Order().ToList();
        Assert.Equal(first, second);
        foreach (var file in first)
            Assert.Equal(File.ReadAllBytes(Path.Combine(ExportFolder, file)), File.ReadAllBytes(Path.Combine(again, file)));
    }

    [Fact]
    public async Task ImportAsync_FileWithEditedBody_WritesANewRevisionByTheFilesAuthor()
    {
        var item = await _source.AddAsync("Edited outside", "before\n");
        var export = await _source.ExportAsync(ExportFolder);
        var path = Path.Combine(ExportFolder, export.Files[0].Path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("before\n", "after\n", StringComparison.Ordinal));

        var result = await _source.ImportAsync(ExportFolder);

        Assert.Equal(ImportOutcome.Updated, Assert.Single(result.Files).Outcome);
        var stored = await _source.Store.FindItemAsync(item.Id, Ct);
        Assert.Equal("after\n", stored!.Body);
        Assert.Equal(2, stored.Revision);
        Assert.Equal(["before\n", "after\n"], (await _source.Store.GetRevisionsAsync(item.Id, Ct)).Select(r => r.Body));
    }

    [Fact]
    public async Task ImportAsync_FileArchivesAnItem_ArchivesItAtTheFilesTime()
    {
        var item = await _source.AddAsync("To archive");
        var export = await _source.ExportAsync(ExportFolder);
        var path = Path.Combine(ExportFolder, export.Files[0].Path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("source:", "archived: 2026-01-02T03:04:05.678Z\nsource:", StringComparison.Ordinal));

        var result = await _source.ImportAsync(ExportFolder);

        Assert.Equal(ImportOutcome.Updated, Assert.Single(result.Files).Outcome);
        var stored = await _source.Store.FindItemAsync(item.Id, Ct);
        Assert.Equal(DateTimeOffset.Parse("2026-01-02T03:04:05.678Z", System.Globalization.CultureInfo.InvariantCulture), stored!.ArchivedAt);
        Assert.Equal(1, stored.Revision);
    }

    [Fact]
    public async Task ImportAsync_LinkToAnItemNotExported_ImportsTheItemAndWarns()
    {
        var kept = await _source.AddAsync("Exported", kind: ItemKind.Decision);
        var left = await _source.AddAsync("Not exported");
        await _source.Store.LinkAsync(kept.Id, LinkType.DependsOn, left.Id, Ada, T0, Ct);
        await _source.ExportAsync(ExportFolder, new ItemFilter { Kinds = [ItemKind.Decision] });

        var result = await _target.ImportAsync(ExportFolder);

        Assert.True(result.Succeeded);
        Assert.Equal(ImportOutcome.Created, Assert.Single(result.Files).Outcome);
        var warning = Assert.Single(result.Warnings);
        Assert.Contains($"depends-on {left.Id}", warning.Message, StringComparison.Ordinal);
        Assert.Empty(await _target.AllLinksAsync());
    }

    [Fact]
    public async Task ImportAsync_DryRun_CountsButWritesNothing()
    {
        var items = await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);

        var result = await _target.ImportAsync(ExportFolder, dryRun: true);

        Assert.True(result.DryRun);
        Assert.Equal(items.Count, result.Count(ImportOutcome.Created));
        Assert.Equal(4, result.LinksAdded);
        Assert.Empty(await _target.AllItemsAsync());
        Assert.Equal(0, await _target.EventCountAsync());
        Assert.Empty(await _target.Store.ListPromptsAsync(Ct));
    }

    [Fact]
    public async Task ImportAsync_PromptNameOwnedByAnotherItem_IsInvalidAndWritesNothing()
    {
        await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);
        var other = _target.Library.Create(new NewItem { Kind = ItemKind.Prompt, Title = "Mine", Body = "x", Source = HumanSource(T0) }, T0);
        await _target.Store.AddPromptVersionAsync("review-endpoint", other, Ct);

        var result = await _target.ImportAsync(ExportFolder);

        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("prompt/review-an-endpoint-", problem.Message, StringComparison.Ordinal);
        Assert.Contains($"belongs to item {other.Id}", problem.Message, StringComparison.Ordinal);
        Assert.Single(await _target.AllItemsAsync());
    }

    [Fact]
    public async Task ImportAsync_PromptLabelBeyondTheWorkspacesVersions_IsInvalidAndWritesNothing()
    {
        var draft = _source.Library.Create(new NewItem { Kind = ItemKind.Prompt, Title = "Review", Body = "v1", Source = HumanSource(T0) }, T0);
        await _source.Store.AddPromptVersionAsync("review", draft, Ct);
        await _source.ExportAsync(_source.Folder("v1"));
        await _target.ImportAsync(_source.Folder("v1"));
        await _source.Store.AddPromptVersionAsync("review", draft with { Body = "v2" }, Ct);
        await _source.Store.AddPromptVersionAsync("review", draft with { Body = "v3" }, Ct);
        await _source.Store.SetPromptLabelAsync("review", "production", 3, Ada, T0, Ct);
        await _source.ExportAsync(ExportFolder);
        var events = await _target.EventCountAsync();

        var result = await _target.ImportAsync(ExportFolder);

        Assert.EndsWith("label 'production' points at version 3, but this prompt has versions 1 to 2", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
        Assert.Equal("v1", (await _target.Store.FindItemAsync(draft.Id, Ct))!.Body);
        Assert.Equal(events, await _target.EventCountAsync());
    }

    [Fact]
    public async Task ImportAsync_ItemKindDiffersFromTheWorkspace_IsInvalid()
    {
        var item = await _source.AddAsync("A note");
        var export = await _source.ExportAsync(ExportFolder);
        var path = Path.Combine(ExportFolder, export.Files[0].Path);
        File.WriteAllText(path, File.ReadAllText(path).Replace("kind: note", "kind: decision", StringComparison.Ordinal));

        var result = await _source.ImportAsync(ExportFolder);

        Assert.Contains($"item {item.Id} is a note in this workspace but the file says decision", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SameIdInTwoFiles_NamesBothFiles()
    {
        await _source.AddAsync("Twice");
        var export = await _source.ExportAsync(ExportFolder);
        File.Copy(Path.Combine(ExportFolder, export.Files[0].Path), Path.Combine(ExportFolder, "copy.md"));

        var result = await _target.ImportAsync(ExportFolder);

        var problem = Assert.Single(result.Problems);
        Assert.Contains("copy.md", problem.Message, StringComparison.Ordinal);
        Assert.Contains(export.Files[0].Path, problem.Message, StringComparison.Ordinal);
        Assert.Empty(await _target.AllItemsAsync());
    }

    [Fact]
    public async Task ImportAsync_OneInvalidFileAmongGoodOnes_WritesNothingAndListsOnlyTheBadOne()
    {
        await MakeRichLibraryAsync();
        await _source.ExportAsync(ExportFolder);
        File.WriteAllText(Path.Combine(ExportFolder, "broken.md"), "---\nid: 01jt5h2k3maaaaaaaaaaaaaaaa\nkind: note\n---\nno title\n");

        var result = await _target.ImportAsync(ExportFolder);

        Assert.False(result.Succeeded);
        Assert.Equal("broken.md", Assert.Single(result.Problems).Path);
        Assert.Empty(result.Files);
        Assert.Empty(await _target.AllItemsAsync());
        Assert.Equal(0, await _target.EventCountAsync());
    }

    [Fact]
    public async Task ImportAsync_FilesWithOddNames_AreReadByTheirFrontMatter()
    {
        var item = await _source.AddAsync("Odd");
        var export = await _source.ExportAsync(ExportFolder);
        var odd = Path.Combine(ExportFolder, "Ünïcödé #1 (copy) ;&$'x' [draft].md");
        File.Move(Path.Combine(ExportFolder, export.Files[0].Path), odd);

        var result = await _target.ImportAsync(ExportFolder);

        Assert.Equal("Ünïcödé #1 (copy) ;&$'x' [draft].md", Assert.Single(result.Files).Path);
        AssertSameItem(item, await _target.Store.FindItemAsync(item.Id, Ct));
    }

    [Fact]
    public async Task ImportAsync_OtherFiles_AreSkippedWithAReason()
    {
        await _source.AddAsync("Real item");
        await _source.ExportAsync(ExportFolder);
        File.WriteAllText(Path.Combine(ExportFolder, "notes.txt"), "plain text");
        File.WriteAllBytes(Path.Combine(ExportFolder, "logo.png"), [0x89, 0x50, 0x4E, 0x47, 0xFF, 0xFE]);
        File.WriteAllText(Path.Combine(ExportFolder, "README.md"), "# About this export\n");
        Directory.CreateDirectory(Path.Combine(ExportFolder, ".git"));
        File.WriteAllText(Path.Combine(ExportFolder, ".git", "config.md"), "not even read");

        var result = await _target.ImportAsync(ExportFolder);

        Assert.True(result.Succeeded);
        Assert.Equal(ImportOutcome.Created, Assert.Single(result.Files).Outcome);
        Assert.Equal(["README.md", "logo.png", "notes.txt"], result.Skipped.Select(s => s.Path));
        Assert.Contains("no front matter", result.Skipped[0].Message, StringComparison.Ordinal);
        Assert.Contains("not a Markdown file", result.Skipped[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_FolderMissing_Throws()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _target.ImportAsync(_target.Folder("nowhere")));

        Assert.Contains("is not a folder", error.Message, StringComparison.Ordinal);
    }
}
