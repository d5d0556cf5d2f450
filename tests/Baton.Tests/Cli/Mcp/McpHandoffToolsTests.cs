using System.Text.Json;
using Baton.Tests.TestSupport;
using ModelContextProtocol.Protocol;

namespace Baton.Tests.Cli.Mcp;

/// <summary>The pack and handoff tools of <c>baton mcp</c> and <c>baton://handoff/H-N</c>, through the SDK's client, on a real workspace in a real git repo.</summary>
public sealed class McpHandoffToolsTests : IAsyncLifetime
{
    private const string Token = McpServerTests.Token;
    private const string Email = McpServerTests.Email;
    private const string Secretish = "R7kLq2ZpX9vT4mWc8NbJ3hYd6FsG1a2EN0hm";
    private const string ConfidentialWord = McpServerTests.ConfidentialWord;

    private const string Policies = """
        roles:
          reviewer: [alice, bob]
        handoffs:
          policies:
            - name: ai-work-needs-a-person
              before: open
              when: {author: ai}
              require: {reviewer: 1}
        """;

    private static readonly string[] NextSteps = ["Run the payment tests"];
    private static readonly string[] OpenQuestions = ["Is three retries enough?"];
    private static readonly string[] Files = ["Api.cs", "Big.cs"];
    private static readonly string[] Everything = ["."];

    private readonly TempDirectory _temp = new();
    private CliRunner _cli = null!;
    private McpHarness _mcp = null!;
    private string _noteId = "";
    private string _confidentialId = "";

    public async ValueTask InitializeAsync()
    {
        _cli = new CliRunner(_temp.Path);
        GitRepo.Init(_temp.Path);
        await File.WriteAllTextAsync(_temp.Combine("Api.cs"), "class Api\n{\n    // retry three times\n}\n", TestContext.Current.CancellationToken);
        GitRepo.Commit(_temp.Path, "first");
        await RunOkAsync("init");
        File.AppendAllText(_temp.Combine(".baton/baton.yaml"), "\n" + Policies);
        _noteId = await AddAsync("note", "--title", "Retry policy for payments", "--body", $"We retry three times.\nDeploy token: {Token}\nAsk {Email}.\n");
        _confidentialId = await AddAsync("decision", "--title", $"{ConfidentialWord} acquisition", "--sensitivity", "confidential",
            "--body", $"{ConfidentialWord}: we buy the retry vendor in March.");
        await RunOkAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Retry payments", "--intent", $"Test the retry path; deploy with {Token}, ask {Email}",
            "--criterion", "A retried payment charges once", "--item", _noteId, "--item", _confidentialId);
        _mcp = await McpHarness.StartAsync(_temp.Path);
    }

    public async ValueTask DisposeAsync()
    {
        await _mcp.DisposeAsync();
        _temp.Dispose();
    }

    private async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<string> AddAsync(params string[] args) =>
        JsonDocument.Parse((await RunOkAsync(["add", .. args, "--json"])).Out).RootElement.GetProperty("id").GetString()!;

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain(Secretish, text, StringComparison.Ordinal);
        Assert.DoesNotContain("northwind", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConfidentialWord, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GetHandoff_PassesTheBoundaryAndOnlyCountsTheConfidentialItem()
    {
        var h = await _mcp.CallOkAsync("get_handoff", new { handoff = "H-1" });

        Assert.Equal("H-1", h.GetProperty("ref").GetString());
        Assert.Equal("draft", h.GetProperty("state").GetString());
        Assert.Contains("[REDACTED:github-token]", h.GetProperty("intent").GetString(), StringComparison.Ordinal);
        Assert.Equal("A retried payment charges once", h.GetProperty("acceptanceCriteria")[0].GetString());
        Assert.Equal(_noteId, Assert.Single(h.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(1, h.GetProperty("withheld").GetInt32());
        AssertClean(h.GetRawText());
    }

    [Fact]
    public async Task GetHandoff_Unknown_SaysToList()
    {
        var error = await _mcp.CallErrorAsync("get_handoff", new { handoff = "H-99" });

        Assert.Contains("H-99", error, StringComparison.Ordinal);
        Assert.Contains("list_handoffs", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListHandoffs_FiltersAndPages()
    {
        await RunOkAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Second", "--intent", "x", "--criterion", "y");
        await RunOkAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Third", "--intent", "x", "--criterion", "y", "--to", "dana");

        var first = await _mcp.CallOkAsync("list_handoffs", new { limit = 2 });
        var second = await _mcp.CallOkAsync("list_handoffs", new { limit = 2, offset = first.GetProperty("nextOffset").GetInt32() });
        var toDana = await _mcp.CallOkAsync("list_handoffs", new { to = "dana" });
        var open = await _mcp.CallOkAsync("list_handoffs", new { state = "open" });

        Assert.Equal(2, first.GetProperty("handoffs").GetArrayLength());
        Assert.Single(second.GetProperty("handoffs").EnumerateArray());
        Assert.False(second.TryGetProperty("nextOffset", out _));
        Assert.Equal(["H-1", "H-2", "H-3"], first.GetProperty("handoffs").EnumerateArray().Concat(second.GetProperty("handoffs").EnumerateArray())
            .Select(h => h.GetProperty("ref").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal("Third", Assert.Single(toDana.GetProperty("handoffs").EnumerateArray()).GetProperty("title").GetString());
        Assert.Empty(open.GetProperty("handoffs").EnumerateArray());
    }

    [Fact]
    public async Task CreateHandoff_MissingRequiredFields_ListsEveryOne()
    {
        var error = await _mcp.CallErrorAsync("create_handoff", new { template = "dev-to-ai", title = "Refactor retries" });

        Assert.Contains("intent", error, StringComparison.Ordinal);
        Assert.Contains("acceptance_criteria", error, StringComparison.Ordinal);
        Assert.Contains("constraints", error, StringComparison.Ordinal);
        Assert.Contains("create_handoff", error, StringComparison.Ordinal);
        Assert.Single((await _mcp.CallOkAsync("list_handoffs")).GetProperty("handoffs").EnumerateArray());
    }

    [Fact]
    public async Task CreateHandoff_ByAi_OpensOnlyAfterAReviewerApproves_AndTheServerKeepsServing()
    {
        var created = await _mcp.CallOkAsync("create_handoff", new
        {
            template = "ai-to-dev", title = "Retry refactor done", to = "ada", intent = "Review the new retry loop",
            next_steps = NextSteps, open_questions = OpenQuestions, model = "test-model",
        });
        var handoff = created.GetProperty("ref").GetString()!;
        Assert.Equal("draft", created.GetProperty("state").GetString());
        Assert.StartsWith("ai", created.GetProperty("from").GetString(), StringComparison.Ordinal);

        var blocked = await _mcp.CallErrorAsync("update_handoff_state", new { handoff, verb = "open" });

        Assert.Contains($"{handoff} cannot move to open", blocked, StringComparison.Ordinal);
        Assert.Contains("reviewer", blocked, StringComparison.Ordinal);
        Assert.Contains("baton review approve", blocked, StringComparison.Ordinal);
        Assert.Equal("draft", (await _mcp.CallOkAsync("get_handoff", new { handoff })).GetProperty("state").GetString());

        await RunOkAsync("review", "approve", handoff, "--as", "alice");
        var opened = await _mcp.CallOkAsync("update_handoff_state", new { handoff, verb = "open" });

        Assert.Equal("open", opened.GetProperty("state").GetString());
        var illegal = await _mcp.CallErrorAsync("update_handoff_state", new { handoff, verb = "done" });
        Assert.Contains(handoff, illegal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddFeedback_OnALine_ShowsInTheAuthorsInbox()
    {
        var feedback = await _mcp.CallOkAsync("add_feedback", new { handoff = "H-1", body = "Retries twice on timeout", on = "Api.cs:3" });
        var inbox = await _mcp.CallOkAsync("list_inbox", new { @as = "Ada Lovelace <ada@example.com>" });
        var nobody = await _mcp.CallOkAsync("list_inbox", new { @as = "zed" });

        var id = feedback.GetProperty("id").GetString()!;
        var entry = Assert.Single(inbox.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() == "feedback");
        Assert.Equal("H-1", entry.GetProperty("handoff").GetProperty("ref").GetString());
        var refs = entry.GetProperty("references").EnumerateArray().Select(r => r.GetString()!).ToList();
        Assert.Contains(id, refs);
        Assert.Contains(refs, r => r.StartsWith("Api.cs:3@", StringComparison.Ordinal));
        Assert.Empty(nobody.GetProperty("entries").EnumerateArray());
        AssertClean(inbox.GetRawText());
    }

    [Fact]
    public async Task BuildPack_AnswersInBoundedPartsThatAddUp_AndRecordsThePack()
    {
        await File.WriteAllLinesAsync(_temp.Combine("Big.cs"), Enumerable.Range(1, 200).Select(i => $"// line {i} of a long file"), TestContext.Current.CancellationToken);
        var first = await _mcp.CallOkAsync("build_pack", new { items = new[] { _noteId }, paths = Files, max_chars = 1000 });
        var id = first.GetProperty("id").GetString()!;
        var text = first.GetProperty("text").GetString()!;
        var next = first.TryGetProperty("nextOffset", out var n) ? n.GetInt32() : (int?)null;
        while (next is { } offset)
        {
            var part = await _mcp.CallOkAsync("build_pack", new { pack_id = id, offset, max_chars = 1000 });
            text += part.GetProperty("text").GetString();
            next = part.TryGetProperty("nextOffset", out var m) ? m.GetInt32() : null;
        }

        Assert.True(first.GetProperty("truncated").GetBoolean());
        Assert.True(first.GetProperty("text").GetString()!.Length <= 1000);
        Assert.Contains("Retry policy for payments", text, StringComparison.Ordinal);
        Assert.Contains("class Api", text, StringComparison.Ordinal);
        Assert.Contains("line 200 of a long file", text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:github-token]", text, StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("totalChars").GetInt32(), text.Length);
        AssertClean(text);
        Assert.Contains(id[..8], (await RunOkAsync("pack", "list")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildPack_ToAFile_AnswersTheSummaryOnly_AndRefusesAPathOutside()
    {
        var written = await _mcp.CallOkAsync("build_pack", new { items = new[] { _noteId, _confidentialId }, @out = "packs/context.md" });
        var outside = await _mcp.CallErrorAsync("build_pack", new { items = new[] { _noteId }, @out = "../escape.md" });

        Assert.False(written.TryGetProperty("text", out _));
        Assert.Equal(1, written.GetProperty("withheld").GetInt32());
        var file = File.ReadAllText(_temp.Combine("packs/context.md"));
        Assert.Contains("Retry policy", file, StringComparison.Ordinal);
        AssertClean(file);
        Assert.Contains("outside the project", outside, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_temp.Path)!, "escape.md")));
    }

    [Fact]
    public async Task BuildPack_BudgetTooSmall_IsAnErrorSayingWhatItNeeds()
    {
        var error = await _mcp.CallErrorAsync("build_pack", new { items = new[] { _noteId }, budget = 100 });

        Assert.Matches("needs [0-9]+ tokens", error);
    }

    [Fact]
    public async Task HandoffResource_ReadsAsMarkdownThroughTheBoundary()
    {
        var templates = await _mcp.Client.ListResourceTemplatesAsync(cancellationToken: TestContext.Current.CancellationToken);
        var read = await _mcp.Client.ReadResourceAsync("baton://handoff/H-1", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("baton://handoff/{ref}", templates.Select(t => t.UriTemplate));
        var text = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents)).Text;
        Assert.StartsWith("# H-1: Retry payments", text, StringComparison.Ordinal);
        Assert.Contains("REDACTED", text, StringComparison.Ordinal);
        AssertClean(text);
    }

    [Fact]
    public async Task SeededSecret_AppearsInNoAnswerOfTheHandoffAndPackTools()
    {
        var answers = new List<string>();
        foreach (var (tool, arguments) in new (string, object?)[]
        {
            ("get_handoff", new { handoff = "H-1" }),
            ("list_handoffs", null),
            ("list_inbox", new { @as = "qa" }),
            ("list_inbox", new { @as = "Ada Lovelace <ada@example.com>" }),
            ("add_feedback", new { handoff = "H-1", body = $"token {Token} still works" }),
            ("build_pack", new { items = new[] { _noteId, _confidentialId } }),
            ("build_pack", new { query = "retry" }),
            ("build_pack", new { paths = Everything }),
            ("create_handoff", new { title = "T", intent = $"use {Token}", to = "qa" }),
            ("get_handoff", new { handoff = "H-2" }),
        })
        {
            answers.Add(McpHarness.Text(await _mcp.CallAsync(tool, arguments)));
        }

        foreach (var answer in answers)
            AssertClean(answer);
    }
}
