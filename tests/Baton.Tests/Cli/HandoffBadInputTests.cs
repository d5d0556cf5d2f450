using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary>Every way a handoff command can be given bad input: each fails with exit 2 (or 1), says what to fix, and writes nothing.</summary>
public sealed class HandoffBadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public HandoffBadInputTests() => _baton = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    private async Task InitAsync(string? config = null)
    {
        Assert.Equal(0, (await _baton.RunAsync("init", "--here")).ExitCode);
        if (config is not null)
            File.AppendAllText(_temp.Combine(".baton/baton.yaml"), "\n" + config);
    }

    private async Task<CliResult> FailsAsync(int code, params string[] args)
    {
        var result = await _baton.RunAsync(args);
        Assert.True(result.ExitCode == code, result.ToString());
        Assert.StartsWith("baton: ", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
        return result;
    }

    private async Task AssertNoHandoffsAsync()
    {
        var list = await _baton.RunAsync("handoff", "list", "--json");
        Assert.Equal("[]", list.Out.Trim());
    }

    private Task<CliResult> CreateFromAsync(string file, string content)
    {
        File.WriteAllText(_temp.Combine(file), content);
        return FailsAsync(2, "handoff", "create", "--from-file", file);
    }

    [Fact]
    public async Task FromFile_MalformedYaml_NamesLineAndColumn()
    {
        await InitAsync();

        var result = await CreateFromAsync("bad.yaml", "title: ok\nto: qa\nintent: [unclosed\nrisks: x\n");

        Assert.Matches(@"bad\.yaml:\d+:\d+: ", result.Error);
        await AssertNoHandoffsAsync();
    }

    [Fact]
    public async Task FromFile_MalformedJson_NamesLineAndColumn()
    {
        await InitAsync();

        var result = await CreateFromAsync("bad.json", "{\n  \"title\": \"ok\",\n  \"to\": qa\n}");

        Assert.Contains("bad.json:3:", result.Error, StringComparison.Ordinal);
        Assert.Contains("fix the JSON there", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromFile_SchemaViolations_ListsEveryFailingField()
    {
        await InitAsync();

        var result = await CreateFromAsync("bad.json", """
            {"title": "two\nlines", "to": "", "intent": 42, "acceptanceCriteria": "not a list",
             "labels": ["Has Spaces"], "due": "tomorrow", "items": ["nope"], "colour": "blue"}
            """);

        foreach (var field in new[] { "/title", "/to", "/intent", "/acceptanceCriteria", "/labels/0", "/due", "/items/0", "colour" })
            Assert.Contains(field, result.Error, StringComparison.Ordinal);
        Assert.Contains("schemas/handoff.v1.json", result.Error, StringComparison.Ordinal);
        await AssertNoHandoffsAsync();
    }

    [Fact]
    public async Task FromFile_DuplicateKeys_AreRefusedInJsonAndYaml()
    {
        await InitAsync();

        var json = await CreateFromAsync("dup.json", """{"title": "a", "title": "b", "to": "qa", "intent": "i"}""");
        var yaml = await CreateFromAsync("dup.yaml", "title: a\ntitle: b\n");

        Assert.Contains("Duplicate property 'title'", json.Error, StringComparison.Ordinal);
        Assert.Contains("dup.yaml:2:1", yaml.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromFile_YamlAliasBomb_IsStoppedBeforeItExpands()
    {
        await InitAsync();
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++)
            lines.Add($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]");

        var result = await CreateFromAsync("bomb.yaml", string.Join("\n", lines));

        Assert.Contains("more than 100,000 values", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromFile_TooLarge_IsNotRead()
    {
        await InitAsync();

        var result = await CreateFromAsync("huge.yaml", "title: t\nintent: " + new string('x', 5 << 20) + "\n");

        Assert.Contains("a handoff file is at most 4 MB", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromFile_UnknownField_IsNamed()
    {
        await InitAsync();

        var result = await CreateFromAsync("extra.yaml", "title: t\nto: qa\nintent: i\nassignee: bob\n");

        Assert.Contains("/assignee: is not a field of a handoff", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromFile_NotAMapping_OrEmpty_OrWrongExtension()
    {
        await InitAsync();

        var list = await CreateFromAsync("list.yaml", "- a\n- b\n");
        var empty = await CreateFromAsync("empty.yaml", "");
        var text = await CreateFromAsync("handoff.txt", "title: x");
        var missing = await FailsAsync(2, "handoff", "create", "--from-file", "nowhere.yaml");

        Assert.Contains("/:", list.Error, StringComparison.Ordinal);
        Assert.Contains("empty", empty.Error, StringComparison.Ordinal);
        Assert.Contains(".yaml, .yml or .json", text.Error, StringComparison.Ordinal);
        Assert.Contains("file not found", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingFieldsWithoutATerminal_ListsEveryOneAndWritesNothing()
    {
        await InitAsync();

        var result = await FailsAsync(2, "handoff", "create", "--template", "ai-to-dev");

        Assert.Contains("a ai-to-dev handoff needs title (--title), to (--to), intent (--intent), nextSteps (--next, repeatable), openQuestions (--question, repeatable)", result.Error, StringComparison.Ordinal);
        await AssertNoHandoffsAsync();
    }

    [Fact]
    public async Task Create_UnknownTemplate_ListsTheKnownOnes()
    {
        await InitAsync();

        var result = await FailsAsync(2, "handoff", "create", "--template", "dev-to-ops", "--title", "t", "--to", "x", "--intent", "i");

        Assert.Contains("unknown handoff template 'dev-to-ops'; use one of: dev-to-qa, dev-to-ai, ai-to-dev, qa-to-dev", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--title", 301)]
    [InlineData("--intent", 20_001)]
    [InlineData("--to", 201)]
    public async Task Create_HugeFieldValue_IsRefusedByTheSchema(string option, int length)
    {
        await InitAsync();
        var args = new List<string> { "handoff", "create", "--title", "t", "--to", "qa", "--intent", "i" };
        args[args.IndexOf(option) + 1] = new string('x', length);

        var result = await FailsAsync(2, [.. args]);

        Assert.Contains($"/{option[2..]}", result.Error, StringComparison.Ordinal);
        await AssertNoHandoffsAsync();
    }

    [Fact]
    public async Task Create_ControlCharactersOrLineBreaksInOneLineFields_AreRefused()
    {
        await InitAsync();

        var escape = await FailsAsync(2, "handoff", "create", "--title", "red \u001b[31m alert", "--to", "qa", "--intent", "i");
        var newline = await FailsAsync(2, "handoff", "create", "--title", "t", "--to", "qa", "--intent", "i", "--criterion", "one\n- [x] two");
        var nul = await FailsAsync(2, "handoff", "create", "--title", "t", "--to", "qa", "--intent", "bad \0 byte");

        Assert.Contains("/title", escape.Error, StringComparison.Ordinal);
        Assert.Contains("/acceptanceCriteria/0", newline.Error, StringComparison.Ordinal);
        Assert.Contains("/intent", nul.Error, StringComparison.Ordinal);
        await AssertNoHandoffsAsync();
    }

    [Theory]
    [InlineData("--due", "next week", "YYYY-MM-DD")]
    [InlineData("--due", "2026-02-30", "YYYY-MM-DD")]
    [InlineData("--label", "Not OK", "invalid tag")]
    [InlineData("--item", "zzzz", "no item matches")]
    [InlineData("--pack", "not-a-ulid", "/pack/id")]
    [InlineData("--base", "no-such-branch", "git does not know")]
    public async Task Create_BadOptionValue_SaysWhatIsWrong(string option, string value, string expected)
    {
        await InitAsync();

        var result = await _baton.RunAsync("handoff", "create", "--title", "t", "--to", "qa", "--intent", "i", option, value);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        await AssertNoHandoffsAsync();
    }

    [Theory]
    [InlineData("H-99", 1, "no handoff H-99")]
    [InlineData("X-1", 2, "is not a handoff")]
    [InlineData("H-0", 2, "is not a handoff")]
    [InlineData("H--3", 2, "is not a handoff")]
    public async Task Show_UnknownOrMalformedReference(string handoff, int code, string expected)
    {
        await InitAsync();

        var result = await FailsAsync(code, "handoff", "show", handoff);

        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transition_UnknownHandoff_ExitsOne()
    {
        await InitAsync();

        var result = await FailsAsync(1, "handoff", "open", "H-7");

        Assert.Contains("`baton handoff list`", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("done", "it is a draft; open it with `baton handoff open H-1`")]
    [InlineData("reopen", "it is a draft; open it with `baton handoff open H-1`")]
    [InlineData("deliver", "it is a draft")]
    public async Task Transition_Illegal_FromDraft(string verb, string expected)
    {
        await InitAsync();
        Assert.Equal(0, (await _baton.RunAsync("handoff", "create", "--title", "t", "--to", "qa", "--intent", "i")).ExitCode);

        var result = await FailsAsync(1, "handoff", verb, "H-1");

        Assert.Contains($"cannot {verb} H-1: {expected}", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_BadTargetsAndMessages()
    {
        await InitAsync();
        Assert.Equal(0, (await _baton.RunAsync("handoff", "create", "--title", "t", "--to", "qa", "--intent", "i")).ExitCode);

        var on = await FailsAsync(2, "review", "comment", "H-1", "--on", "src/Api.cs", "-m", "x");
        var lines = await FailsAsync(2, "review", "comment", "H-1", "--on", "src/Api.cs:9-3", "-m", "x");
        var empty = await FailsAsync(2, "review", "comment", "H-1");
        await _baton.RunAsync("handoff", "cancel", "H-1");
        var closed = await FailsAsync(1, "review", "approve", "H-1");

        Assert.Contains("PATH:LINE", on.Error, StringComparison.Ordinal);
        Assert.Contains("PATH:LINE", lines.Error, StringComparison.Ordinal);
        Assert.Contains("-m", empty.Error, StringComparison.Ordinal);
        Assert.Contains("reopen", closed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_NothingGiven_SaysWhatCanBe()
    {
        await InitAsync();
        Assert.Equal(0, (await _baton.RunAsync("handoff", "create", "--title", "t", "--to", "qa", "--intent", "i")).ExitCode);

        var result = await FailsAsync(2, "handoff", "update", "H-1");

        Assert.Contains("--head", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roles:\n  reviewer: alice\n", "baton.yaml:4:13", "must be a list")]
    [InlineData("handoffs:\n  policies:\n    - before: done\n      require: {qa-lead: 1}\n", "baton.yaml:6:17", "does not define")]
    [InlineData("roles: {r: [a]}\nhandoffs:\n  policies:\n    - before: finished\n      require: {r: 1}\n", "baton.yaml:6:15", "give a state")]
    [InlineData("roles: {r: [a]}\nhandoffs:\n  policies:\n    - before: open\n      require: {r: 0}\n", "baton.yaml:7:20", "at least 1")]
    [InlineData("handoffs:\n  templates:\n    x:\n      required: [colour]\n", "baton.yaml:6:18", "not a handoff field")]
    [InlineData("handoffs:\n  workflows: []\n", "baton.yaml:4:3", "unknown key")]
    public async Task Config_BadHandoffSettings_NamesLineAndColumn(string yaml, string location, string expected)
    {
        await InitAsync();
        var config = _temp.Combine(".baton/baton.yaml");
        File.WriteAllText(config, "version: 1\n\n" + yaml);

        var result = await FailsAsync(2, "handoff", "list");

        Assert.Contains(location, result.Error, StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_UnknownState_ListsTheStates()
    {
        await InitAsync();

        var result = await FailsAsync(2, "handoff", "list", "--state", "finished");

        Assert.Contains("draft, open, accepted, in_progress", result.Error, StringComparison.Ordinal);
    }
}
