using System.Text;
using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>baton export</c> and <c>baton import</c> end to end: two real workspaces, real files.</summary>
public sealed class ExportImportCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _source;
    private readonly CliRunner _target;

    public ExportImportCommandTests()
    {
        _source = new CliRunner(Directory.CreateDirectory(_temp.Combine("source")).FullName);
        _target = new CliRunner(Directory.CreateDirectory(_temp.Combine("target")).FullName);
    }

    public void Dispose() => _temp.Dispose();

    private string ExportFolder => _temp.Combine("export");

    private static async Task<CliResult> OkAsync(CliRunner baton, params string[] args)
    {
        var result = await baton.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private static async Task<string> AddAsync(CliRunner baton, params string[] args) =>
        JsonDocument.Parse((await OkAsync(baton, ["add", .. args, "--json"])).Out).RootElement.GetProperty("id").GetString()!;

    private static async Task<List<string>> ShowAllAsync(CliRunner baton)
    {
        var list = JsonDocument.Parse((await OkAsync(baton, "list", "--archived", "--json", "--limit", "10000")).Out).RootElement;
        var shown = new List<string>();
        foreach (var id in list.EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal))
            shown.Add((await OkAsync(baton, "show", id, "--json")).Out);
        return shown;
    }

    private async Task MakeLibraryAsync()
    {
        await OkAsync(_source, "init", "--here");
        var decision = await AddAsync(_source, "decision", "--title", "yes", "--body", "1.0", "--tag", "adr", "--sensitivity", "secret",
            "--actor", "ai", "--source-tool", "claude-code", "--source-model", "claude-opus-4", "--source-url", "https://example.com/c#1");
        var note = await AddAsync(_source, "note", "--title", "Über: café #1 — \"quotes\" 🚀", "--body", "line one\r\nline two, no newline at the end");
        var old = await AddAsync(_source, "doc", "--title", "Old doc", "--body", "kept\n");
        await OkAsync(_source, "link", decision, "supersedes", old);
        await OkAsync(_source, "link", note, "relates-to", decision);
        await OkAsync(_source, "edit", decision, "--body", "2.0", "--add-tag", "storage");
        await OkAsync(_source, "archive", old);
    }

    [Fact]
    public async Task Import_ExportIntoANewWorkspace_ShowsIdenticalItems()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder, "--archived");
        await OkAsync(_target, "init", "--here");

        var result = await OkAsync(_target, "import", ExportFolder);

        Assert.Contains("3 created, 0 updated, 0 unchanged, 0 skipped; 2 links added", result.Out, StringComparison.Ordinal);
        Assert.Equal(await ShowAllAsync(_source), await ShowAllAsync(_target));
    }

    [Fact]
    public async Task Import_Twice_CreatesNoDuplicates()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder, "--archived");
        await OkAsync(_target, "init", "--here");
        await OkAsync(_target, "import", ExportFolder);

        var second = JsonDocument.Parse((await OkAsync(_target, "import", ExportFolder, "--json")).Out).RootElement;

        Assert.Equal("imported", second.GetProperty("status").GetString());
        Assert.Equal(0, second.GetProperty("created").GetInt32());
        Assert.Equal(3, second.GetProperty("unchanged").GetInt32());
        Assert.Equal(0, second.GetProperty("linksAdded").GetInt32());
        Assert.Equal(3, (await ShowAllAsync(_target)).Count);
    }

    [Fact]
    public async Task Export_PrintsWhereFilesWentAndCounts()
    {
        await MakeLibraryAsync();

        var result = await OkAsync(_source, "export", ExportFolder);

        Assert.Contains($"Exported 2 items to {ExportFolder}: 2 new, 0 changed, 0 unchanged", result.Out, StringComparison.Ordinal);
        Assert.Contains("  created   decision/yes-", result.Out, StringComparison.Ordinal);
        Assert.Contains("Left out 1 archived item; add --archived", result.Error, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(ExportFolder, "*.md", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Export_Json_ListsFilesWithStatus()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder, "--archived");

        var json = JsonDocument.Parse((await OkAsync(_source, "export", ExportFolder, "--archived", "--json")).Out).RootElement;

        Assert.Equal(ExportFolder, json.GetProperty("directory").GetString());
        Assert.Equal(3, json.GetProperty("unchanged").GetInt32());
        Assert.All(json.GetProperty("files").EnumerateArray(), f => Assert.Equal("unchanged", f.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Export_KindFilter_WritesOnlyThatKindAndIgnoresTheDefaultLimit()
    {
        await OkAsync(_source, "init", "--here");
        for (var i = 0; i < 25; i++)
            await AddAsync(_source, "note", "--title", $"Note {i}", "--body", "x");
        await AddAsync(_source, "decision", "--title", "A decision", "--body", "x");

        var json = JsonDocument.Parse((await OkAsync(_source, "export", ExportFolder, "--kind", "note", "--json")).Out).RootElement;

        Assert.Equal(25, json.GetProperty("created").GetInt32());
        Assert.False(Directory.Exists(Path.Combine(ExportFolder, "decision")));
    }

    [Fact]
    public async Task Export_Limit_IsRefusedAsUnknownOption()
    {
        await MakeLibraryAsync();

        var result = await _source.RunAsync("export", ExportFolder, "--limit", "1");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown option 'limit'", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(ExportFolder));
    }

    [Fact]
    public async Task Import_DryRun_WritesNothing()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder, "--archived");
        await OkAsync(_target, "init", "--here");

        var result = await OkAsync(_target, "import", ExportFolder, "--dry-run");

        Assert.Contains("Would import", result.Out, StringComparison.Ordinal);
        Assert.Contains("3 created", result.Out, StringComparison.Ordinal);
        Assert.Contains("nothing was written", result.Error, StringComparison.Ordinal);
        Assert.Empty(await ShowAllAsync(_target));
    }

    [Fact]
    public async Task Import_InvalidFiles_Exit2ListsEveryBadFileAndWritesNothing()
    {
        await MakeLibraryAsync();
        await OkAsync(_source, "export", ExportFolder, "--archived");
        File.WriteAllText(Path.Combine(ExportFolder, "bad kind.md"), "---\nid: 01jt5h2k3maaaaaaaaaaaaaaaa\nkind: gizmo\ntitle: t\nsource: {actor: human, name: Ada}\n---\nx\n");
        File.WriteAllBytes(Path.Combine(ExportFolder, "latin1.md"), Encoding.Latin1.GetBytes("---\nid: x\n---\ncaf\u00e9\n"));
        File.WriteAllText(Path.Combine(ExportFolder, "notes.txt"), "not markdown");
        await OkAsync(_target, "init", "--here");

        var result = await _target.RunAsync("import", ExportFolder);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        var lines = result.Error.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("bad kind.md:3:7: unknown kind 'gizmo'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("latin1.md is not valid UTF-8 text", lines[1], StringComparison.Ordinal);
        Assert.Equal($"baton: 2 of 5 files in {ExportFolder} are invalid (each is listed); nothing was imported, fix them and run the import again", lines[2]);
        Assert.Empty(await ShowAllAsync(_target));
    }

    [Fact]
    public async Task Import_InvalidFilesWithJson_PrintsProblemsAsJson()
    {
        Directory.CreateDirectory(ExportFolder);
        File.WriteAllText(Path.Combine(ExportFolder, "a.md"), "---\nid: 01jt5h2k3maaaaaaaaaaaaaaaa\ntitle: t\n");
        await OkAsync(_target, "init", "--here");

        var result = await _target.RunAsync("import", ExportFolder, "--json");

        Assert.Equal(2, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("invalid", json.GetProperty("status").GetString());
        var problem = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.Equal("a.md", problem.GetProperty("path").GetString());
        Assert.Contains("no closing '---'", problem.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("baton: 1 of 1 files", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotAFolder_Exit2()
    {
        await OkAsync(_target, "init", "--here");

        var result = await _target.RunAsync("import", "missing");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not a folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_IntoAFile_Exit2()
    {
        await OkAsync(_source, "init", "--here");
        File.WriteAllText(ExportFolder, "a file");

        var result = await _source.RunAsync("export", ExportFolder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is a file; give a folder", result.Error, StringComparison.Ordinal);
    }
}
