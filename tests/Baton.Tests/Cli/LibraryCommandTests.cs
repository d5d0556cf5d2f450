using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

public sealed class LibraryCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public LibraryCommandTests() => _baton = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    private async Task InitAsync() => Assert.Equal(0, (await _baton.RunAsync("init", "--here")).ExitCode);

    private async Task<JsonElement> AddAsync(params string[] args)
    {
        var result = await _baton.RunAsync(["add", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public async Task Init_OutsideGit_CreatesDatabaseAndSettingsHere()
    {
        var result = await _baton.RunAsync("init");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_temp.Combine(".baton/baton.db")));
        Assert.True(File.Exists(_temp.Combine(".baton/baton.yaml")));
        Assert.Contains(".baton", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_InsideGitSubfolder_CreatesWorkspaceAtGitRoot()
    {
        GitRepo.Init(_temp.Path);
        var sub = Directory.CreateDirectory(_temp.Combine("src/deep")).FullName;
        _baton.Directory = sub;

        var result = await _baton.RunAsync("init");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(_temp.Combine(".baton/baton.db")));
        Assert.False(Directory.Exists(Path.Combine(sub, ".baton")));
    }

    [Fact]
    public async Task Init_Twice_FailsAndKeepsTheWorkspace()
    {
        await InitAsync();
        await AddAsync("note", "--title", "keep me", "--body", "body");

        var result = await _baton.RunAsync("init", "--here");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already exists", result.Error, StringComparison.Ordinal);
        Assert.Contains("keep me", (await _baton.RunAsync("list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_InSubfolder_FindWorkspaceByWalkingUp()
    {
        await InitAsync();
        await AddAsync("note", "--title", "found from below", "--body", "x");
        _baton.Directory = Directory.CreateDirectory(_temp.Combine("a/b/c")).FullName;

        var result = await _baton.RunAsync("list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("found from below", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workspace_Option_OverridesTheSearch()
    {
        await InitAsync();
        await AddAsync("note", "--title", "over there", "--body", "x");
        using var elsewhere = new TempDirectory();
        _baton.Directory = elsewhere.Path;

        var result = await _baton.RunAsync("list", "--workspace", _temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("over there", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Personal_Library_LivesInXdgDataHomeAndIsSeparate()
    {
        await InitAsync();
        await AddAsync("note", "--title", "project note", "--body", "x");

        var added = await _baton.RunAsync("add", "note", "--personal", "--title", "my habit", "--body", "always rebase");
        var personal = await _baton.RunAsync("list", "--personal");
        var project = await _baton.RunAsync("list");

        Assert.Equal(0, added.ExitCode);
        Assert.True(File.Exists(_temp.Combine(".xdg-data/baton/baton.db")));
        Assert.Contains("my habit", personal.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("project note", personal.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("my habit", project.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_ThenShowJson_RoundTripsEveryField()
    {
        await InitAsync();
        var added = await AddAsync("decision", "--title", "Use SQLite", "--body", "Embedded by default.\n", "--tag", "storage,Architecture", "--tag", "adr",
            "--sensitivity", "confidential", "--source-tool", "claude-code", "--source-model", "claude-opus-4", "--source-prompt", "endpoint@2",
            "--source-url", "https://example.com/chat/1", "--source-path", "src/Store.cs:10-20");
        var id = added.GetProperty("id").GetString()!;

        var shown = await _baton.RunAsync("show", id[..10], "--json");

        Assert.Equal(0, shown.ExitCode);
        var item = JsonDocument.Parse(shown.Out).RootElement;
        Assert.Equal(id, item.GetProperty("id").GetString());
        Assert.Equal("decision", item.GetProperty("kind").GetString());
        Assert.Equal("Embedded by default.\n", item.GetProperty("body").GetString());
        Assert.Equal(["storage", "architecture", "adr"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("confidential", item.GetProperty("sensitivity").GetString());
        var source = item.GetProperty("source");
        Assert.Equal("ai", source.GetProperty("actor").GetString());
        Assert.Equal("claude-code", source.GetProperty("tool").GetString());
        Assert.Equal("claude-opus-4", source.GetProperty("model").GetString());
        Assert.Equal("endpoint@2", source.GetProperty("prompt").GetString());
        Assert.Equal("https://example.com/chat/1", source.GetProperty("url").GetString());
        Assert.Equal("src/Store.cs", source.GetProperty("path").GetString());
        Assert.Equal(10, source.GetProperty("lines").GetProperty("start").GetInt32());
        Assert.Equal(20, source.GetProperty("lines").GetProperty("end").GetInt32());
    }

    [Fact]
    public async Task Add_InGitRepo_CapturesUserBranchCommitAndDirtyFlag()
    {
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("README.md"), "hello\n");
        var commit = GitRepo.Commit(_temp.Path);
        await InitAsync();
        File.WriteAllText(_temp.Combine("README.md"), "changed\n");

        var item = await AddAsync("note", "--title", "t", "--body", "b");

        var source = item.GetProperty("source");
        Assert.Equal("human", source.GetProperty("actor").GetString());
        Assert.Equal("Ada Lovelace <ada@example.com>", source.GetProperty("name").GetString());
        Assert.Equal("main", source.GetProperty("branch").GetString());
        Assert.Equal(commit, source.GetProperty("commit").GetString());
        Assert.True(source.GetProperty("dirty").GetBoolean());
    }

    [Fact]
    public async Task Add_WithSourceEnvironmentVariables_LabelsTheItemAsAi()
    {
        await InitAsync();
        _baton.Variables["BATON_SOURCE_TOOL"] = "codex";
        _baton.Variables["BATON_SOURCE_MODEL"] = "gpt-5-codex";

        var source = (await AddAsync("note", "--title", "t", "--body", "b")).GetProperty("source");

        Assert.Equal("ai", source.GetProperty("actor").GetString());
        Assert.Equal("codex", source.GetProperty("name").GetString());
        Assert.Equal("gpt-5-codex", source.GetProperty("model").GetString());
    }

    [Fact]
    public async Task Add_FlagsOverrideEnvironment()
    {
        await InitAsync();
        _baton.Variables["BATON_SOURCE_TOOL"] = "codex";
        _baton.Variables["BATON_SOURCE_ACTOR"] = "ai";

        var source = (await AddAsync("note", "--title", "t", "--body", "b", "--actor", "automation", "--source-tool", "github-actions")).GetProperty("source");

        Assert.Equal("automation", source.GetProperty("actor").GetString());
        Assert.Equal("github-actions", source.GetProperty("tool").GetString());
    }

    [Fact]
    public async Task Add_BodyFromStdinAndFile()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("body.md"), "# From a file\n");

        var fromStdin = await _baton.RunWithInputAsync("piped body\n", "add", "note", "--title", "piped", "--json");
        var fromFile = await _baton.RunAsync("add", "note", "--title", "file", "--file", "body.md", "--json");

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(0, fromFile.ExitCode);
        var id1 = JsonDocument.Parse(fromStdin.Out).RootElement.GetProperty("id").GetString()!;
        var id2 = JsonDocument.Parse(fromFile.Out).RootElement.GetProperty("id").GetString()!;
        Assert.Equal("piped body\n", (await _baton.RunAsync("show", id1, "--body")).Out);
        Assert.Equal("# From a file\n", (await _baton.RunAsync("show", id2, "--body")).Out);
    }

    [Fact]
    public async Task Search_RanksTitleMatchFirstAndPrintsSourceAndExcerpt()
    {
        await InitAsync();
        await AddAsync("note", "--title", "Logging conventions", "--body", "We mention the retry policy once in passing.");
        await AddAsync("decision", "--title", "Retry policy", "--body", "Retry three times with jittered backoff, then give up.", "--source-tool", "claude-code");

        var result = await _baton.RunAsync("search", "retry");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Retry policy", lines[0], StringComparison.Ordinal);
        Assert.Contains("ai:claude-code", lines[0], StringComparison.Ordinal);
        Assert.Contains("jittered backoff", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_Json_GivesHighlightSpans()
    {
        await InitAsync();
        await AddAsync("note", "--title", "t", "--body", "The payments client retries on 429.");

        var result = await _baton.RunAsync("search", "payments", "--json");

        var hit = JsonDocument.Parse(result.Out).RootElement[0];
        var excerpt = hit.GetProperty("excerpt").GetString()!;
        var span = hit.GetProperty("highlights")[0];
        Assert.Equal("payments", excerpt.Substring(span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32()));
        Assert.False(hit.GetProperty("item").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task Search_Filters_NarrowResults()
    {
        await InitAsync();
        await AddAsync("note", "--title", "cache note", "--body", "cache", "--tag", "perf");
        await AddAsync("decision", "--title", "cache decision", "--body", "cache", "--source-tool", "cursor");
        await AddAsync("doc", "--title", "cache doc", "--body", "cache", "--sensitivity", "public");

        Assert.Contains("cache note", (await _baton.RunAsync("search", "cache", "--tag", "perf")).Out, StringComparison.Ordinal);
        Assert.Single((await _baton.RunAsync("search", "cache", "--kind", "decision")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("cache decision", (await _baton.RunAsync("search", "cache", "--actor", "ai")).Out, StringComparison.Ordinal);
        Assert.Contains("cache decision", (await _baton.RunAsync("search", "cache", "--source-tool", "cursor")).Out, StringComparison.Ordinal);
        Assert.Contains("cache doc", (await _baton.RunAsync("search", "cache", "--sensitivity", "public")).Out, StringComparison.Ordinal);
        Assert.Equal(3, (await _baton.RunAsync("search", "cache", "--since", "1h")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Single((await _baton.RunAsync("search", "cache", "--limit", "1")).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Search_NoMatch_ExitsOne()
    {
        await InitAsync();
        await AddAsync("note", "--title", "t", "--body", "b");

        var result = await _baton.RunAsync("search", "absent");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task Edit_MakesRevisions_ShowAndDiffReadThem()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "Plan", "--body", "line one\nline two\n")).GetProperty("id").GetString()!;

        var edit = await _baton.RunAsync("edit", id, "--body", "line one\nline 2\n", "--add-tag", "reviewed", "--as", "Grace");
        var revisions = await _baton.RunAsync("show", id, "--revisions", "--json");
        var diff = await _baton.RunAsync("diff", id);
        var first = await _baton.RunAsync("show", id, "--revision", "1");

        Assert.Equal(0, edit.ExitCode);
        var list = JsonDocument.Parse(revisions.Out).RootElement;
        Assert.Equal(2, list.GetArrayLength());
        Assert.Equal("line one\nline two\n", list[0].GetProperty("body").GetString());
        Assert.Equal("Grace", list[1].GetProperty("author").GetProperty("name").GetString());
        Assert.Contains("-line two", diff.Out, StringComparison.Ordinal);
        Assert.Contains("+line 2", diff.Out, StringComparison.Ordinal);
        Assert.Contains("+tags: reviewed", diff.Out, StringComparison.Ordinal);
        Assert.Contains("line two", first.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_WithoutChanges_AndNoTerminal_FailsWithHint()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "t", "--body", "b")).GetProperty("id").GetString()!;

        var result = await _baton.RunAsync("edit", id);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--title", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_ShowsBothDirections()
    {
        await InitAsync();
        var spec = (await AddAsync("doc", "--title", "API spec", "--body", "spec")).GetProperty("id").GetString()!;
        var note = (await AddAsync("note", "--title", "Endpoint notes", "--body", "notes")).GetProperty("id").GetString()!;

        var link = await _baton.RunAsync("link", note, "derived-from", spec);
        var fromNote = JsonDocument.Parse((await _baton.RunAsync("show", note, "--json")).Out).RootElement.GetProperty("links")[0];
        var fromSpec = JsonDocument.Parse((await _baton.RunAsync("show", spec, "--json")).Out).RootElement.GetProperty("links")[0];

        Assert.Equal(0, link.ExitCode);
        Assert.Equal("out", fromNote.GetProperty("direction").GetString());
        Assert.Equal(spec, fromNote.GetProperty("id").GetString());
        Assert.Equal("in", fromSpec.GetProperty("direction").GetString());
        Assert.Equal("derived-from", fromSpec.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Link_UnknownType_ListsKnownOnes()
    {
        await InitAsync();
        var a = (await AddAsync("note", "--title", "a", "--body", "a")).GetProperty("id").GetString()!;
        var b = (await AddAsync("note", "--title", "b", "--body", "b")).GetProperty("id").GetString()!;

        var result = await _baton.RunAsync("link", a, "likes", b);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("relates-to", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Archive_HidesFromListAndSearch_UnarchiveBringsBack()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "old idea", "--body", "obsolete")).GetProperty("id").GetString()!;

        await _baton.RunAsync("archive", id);
        var hidden = await _baton.RunAsync("search", "obsolete");
        var withArchived = await _baton.RunAsync("list", "--archived");
        await _baton.RunAsync("unarchive", id);
        var back = await _baton.RunAsync("search", "obsolete");

        Assert.Equal(1, hidden.ExitCode);
        Assert.Contains("old idea", withArchived.Out, StringComparison.Ordinal);
        Assert.Equal(0, back.ExitCode);
    }

    [Fact]
    public async Task Delete_WithoutTerminalOrYes_RefusesAndKeepsItem()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "precious", "--body", "x")).GetProperty("id").GetString()!;

        var result = await _baton.RunAsync("delete", id);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--yes", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await _baton.RunAsync("show", id)).ExitCode);
    }

    [Fact]
    public async Task Delete_Interactive_AsksAndRespectsNo()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "precious", "--body", "x")).GetProperty("id").GetString()!;
        string? asked = null;
        _baton.Interactive = true;
        _baton.Confirm = question => { asked = question; return false; };

        var result = await _baton.RunAsync("delete", id);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("precious", asked, StringComparison.Ordinal);
        Assert.Equal(0, (await _baton.RunAsync("show", id)).ExitCode);
    }

    [Fact]
    public async Task Delete_WithYes_RemovesItemAndRecordsEvent()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "to go", "--body", "secret body text")).GetProperty("id").GetString()!;

        var result = await _baton.RunAsync("delete", id, "--yes");
        var show = await _baton.RunAsync("show", id);
        var log = await _baton.RunAsync("log", id);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, show.ExitCode);
        Assert.Contains("item.deleted", log.Out, StringComparison.Ordinal);
        Assert.Contains("to go", log.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("secret body text", log.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippet_StoresLinesLanguageCommitAndHash()
    {
        GitRepo.Init(_temp.Path);
        Directory.CreateDirectory(_temp.Combine("src"));
        File.WriteAllText(_temp.Combine("src/Retry.cs"), "line1\nclass Retry\n{\n    int Times = 3;\n}\nline6\n");
        var commit = GitRepo.Commit(_temp.Path);
        await InitAsync();
        _baton.Directory = _temp.Combine("src");

        var result = await _baton.RunAsync("snippet", "Retry.cs:2-5", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var item = JsonDocument.Parse(result.Out).RootElement;
        var anchor = item.GetProperty("anchor");
        Assert.Equal("snippet", item.GetProperty("kind").GetString());
        Assert.Equal("src/Retry.cs", anchor.GetProperty("path").GetString());
        Assert.Equal(2, anchor.GetProperty("lines").GetProperty("start").GetInt32());
        Assert.Equal(5, anchor.GetProperty("lines").GetProperty("end").GetInt32());
        Assert.Equal(commit, anchor.GetProperty("commit").GetString());
        Assert.Equal("csharp", anchor.GetProperty("language").GetString());
        Assert.Equal(Baton.Library.SnippetCapture.Hash("class Retry\n{\n    int Times = 3;\n}"), anchor.GetProperty("contentHash").GetString());
        Assert.Contains("```csharp\nclass Retry\n{\n    int Times = 3;\n}\n```", item.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippet_FileInAnotherRepository_TakesThatRepositorysCommitAndPath()
    {
        // The workspace's repository has a checkout of another repository inside it (a submodule, a vendored clone).
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("README.md"), "outer\n");
        GitRepo.Commit(_temp.Path);
        var inner = _temp.Combine("vendor/lib");
        Directory.CreateDirectory(Path.Combine(inner, "src"));
        GitRepo.Init(inner);
        File.WriteAllText(Path.Combine(inner, "src/pool.go"), "package lib\n\nfunc Pool() {}\n");
        var innerCommit = GitRepo.Commit(inner);
        await InitAsync();

        var result = await _baton.RunAsync("snippet", "vendor/lib/src/pool.go:3-3", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var item = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(innerCommit, item.GetProperty("anchor").GetProperty("commit").GetString());
        Assert.Equal("src/pool.go", item.GetProperty("anchor").GetProperty("path").GetString());
        Assert.Equal("lib", item.GetProperty("source").GetProperty("repo").GetString());
        Assert.False(item.GetProperty("source").GetProperty("dirty").GetBoolean());
    }

    [Theory]
    [InlineData("changed", true)]
    [InlineData("untracked", true)]
    [InlineData("other file changed", false)]
    public async Task Snippet_Dirty_SaysWhetherThisFileDiffersFromItsCommit(string state, bool dirty)
    {
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("a.py"), "a = 1\n");
        File.WriteAllText(_temp.Combine("b.py"), "b = 1\n");
        GitRepo.Commit(_temp.Path);
        await InitAsync();
        var file = "a.py";
        switch (state)
        {
            case "changed": File.WriteAllText(_temp.Combine("a.py"), "a = 2\n"); break;
            case "untracked": File.WriteAllText(_temp.Combine("new.py"), "n = 1\n"); file = "new.py"; break;
            default: File.WriteAllText(_temp.Combine("b.py"), "b = 2\n"); break;
        }

        var result = await _baton.RunAsync("snippet", $"{file}:1-1", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(dirty, JsonDocument.Parse(result.Out).RootElement.GetProperty("source").GetProperty("dirty").GetBoolean());
    }

    [Theory]
    [InlineData("Retry.cs:5-2")]
    [InlineData("Retry.cs:0-2")]
    [InlineData("Retry.cs")]
    [InlineData("Retry.cs:a-b")]
    public async Task Snippet_BadRange_ExitsTwo(string spec)
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("Retry.cs"), "a\nb\nc\n");

        var result = await _baton.RunAsync("snippet", spec);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("baton: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippet_LinesPastEndOfFile_SaysHowLongTheFileIs()
    {
        await InitAsync();
        File.WriteAllText(_temp.Combine("short.py"), "a\nb\nc\n");

        var result = await _baton.RunAsync("snippet", "short.py:2-9");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("has 3 lines", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EveryCommandHasExamples()
    {
        string[][] commands =
        [
            ["init"], ["add"], ["snippet"], ["show"], ["diff"], ["list"], ["search"], ["edit"], ["link"], ["archive"], ["unarchive"],
            ["delete"], ["log"], ["demo"], ["export"], ["import"], ["mcp"],
            ["prompt", "add"], ["prompt", "render"], ["prompt", "show"], ["prompt", "versions"], ["prompt", "label"], ["prompt", "list"],
        ];
        foreach (var command in commands)
        {
            var result = await _baton.RunAsync([.. command, "--help"]);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("EXAMPLES", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ImportedItem_HistoryStartsAtItsRevision_DiffAndShowSayWhatIsStored()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "t", "--body", "one")).GetProperty("id").GetString()!;
        await _baton.RunAsync("edit", id, "--body", "two");
        Assert.Equal(0, (await _baton.RunAsync("export", _temp.Combine("out"))).ExitCode);
        using var other = new TempDirectory();
        var fresh = new CliRunner(other.Path);
        await fresh.RunAsync("init", "--here");
        Assert.Equal(0, (await fresh.RunAsync("import", _temp.Combine("out"))).ExitCode);

        var diff = await fresh.RunAsync("diff", id);
        var old = await fresh.RunAsync("show", id, "--revision", "1");

        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Equal(1, old.ExitCode);
        Assert.Contains("it has 2", old.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_StopsAtTheTopOfANestedRepository()
    {
        await InitAsync();
        var nested = Directory.CreateDirectory(_temp.Combine("vendor/lib")).FullName;
        GitRepo.Init(nested);
        _baton.Directory = nested;

        var result = await _baton.RunAsync("list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("baton init", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Find_FreshCloneWithCommittedSettings_SaysToCreateTheDatabase()
    {
        GitRepo.Init(_temp.Path);
        Directory.CreateDirectory(_temp.Combine(".baton"));
        File.WriteAllText(_temp.Combine(".baton/baton.yaml"), "version: 1\n");

        var list = await _baton.RunAsync("list");
        var init = await _baton.RunAsync("init");

        Assert.Equal(2, list.ExitCode);
        Assert.Contains("no baton.db", list.Error, StringComparison.Ordinal);
        Assert.Equal(0, init.ExitCode);
        Assert.Equal(0, (await _baton.RunAsync("list")).ExitCode);
    }

    [Fact]
    public async Task Search_Prefix_FindsAndShowsTheBodyStartWithoutHighlights()
    {
        await InitAsync();
        await AddAsync("note", "--title", "t", "--body", "Configuration lives in appsettings; configure retries there.");

        var hit = JsonDocument.Parse((await _baton.RunAsync("search", "conf*", "--json")).Out).RootElement[0];

        Assert.StartsWith("Configuration lives", hit.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, hit.GetProperty("highlights").GetArrayLength());
    }

    [Fact]
    public async Task Import_NewAndChangedItems_AreSearchableByTheirNewText()
    {
        await InitAsync();
        var id = (await AddAsync("note", "--title", "first", "--body", "alphaword")).GetProperty("id").GetString()!;
        await AddAsync("note", "--title", "second", "--body", "betaword");
        await _baton.RunAsync("export", _temp.Combine("out"));
        using var other = new TempDirectory();
        var fresh = new CliRunner(other.Path);
        await fresh.RunAsync("init", "--here");
        await fresh.RunAsync("import", _temp.Combine("out"));
        await _baton.RunAsync("edit", id, "--body", "gammaword");
        await _baton.RunAsync("export", _temp.Combine("out"));

        var reimport = await fresh.RunAsync("import", _temp.Combine("out"));

        Assert.True(reimport.ExitCode == 0, reimport.ToString());
        Assert.Equal(0, (await fresh.RunAsync("search", "betaword")).ExitCode);
        Assert.Equal(0, (await fresh.RunAsync("search", "gammaword")).ExitCode);
        Assert.Equal(1, (await fresh.RunAsync("search", "alphaword")).ExitCode);
    }
}
