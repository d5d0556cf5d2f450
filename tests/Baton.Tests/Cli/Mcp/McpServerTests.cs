using System.Text.Json;
using Baton.Library;
using Baton.Privacy.Boundaries;
using Baton.Tests.TestSupport;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Baton.Tests.Cli.Mcp;

/// <summary>Every tool, resource and prompt of <c>baton mcp</c>, through the SDK's client, on a real workspace.</summary>
public sealed class McpServerTests : IAsyncLifetime
{
    internal const string Token = "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";
    internal const string Email = "jane.doe@northwind-traders.com";
    internal const string ConfidentialWord = "Blueheron";

    internal const string ReviewTemplate = """
        ---
        title: Review a change
        description: Reviews a change against the team's standards
        variables:
          - name: change
            required: true
            description: What changed, e.g. the retry in the payments client
          - name: focus
            default: correctness
        ---
        Review {{ change }} with a focus on {{ focus }}.
        {% assign rules = "standards" | items_tagged -%}
        {% for rule in rules -%}
        - {{ rule.title }}: {{ rule.body | strip }}
        {% endfor %}
        """;

    internal const string LeakyTemplate = """
        ---
        title: Summarise the plan
        ---
        {% assign plans = "plan" | items_tagged -%}
        {% for p in plans %}{{ p.body }}{% endfor %}
        """;

    private readonly TempDirectory _temp = new();
    private CliRunner _cli = null!;
    private McpHarness _mcp = null!;
    private string _noteId = "";
    private string _confidentialId = "";

    public async ValueTask InitializeAsync()
    {
        _cli = new CliRunner(_temp.Path);
        await RunOkAsync("init", "--here");
        _noteId = await AddAsync("note", "--title", "Retry policy for payments", "--tag", "payments", "--tag", "standards",
            "--as", $"Jane Doe <{Email}>",
            "--body", $"We retry three times with jittered backoff.\nDeploy token: {Token}\nAsk {Email} before changing it.\n");
        _confidentialId = await AddAsync("decision", "--title", $"{ConfidentialWord} retry acquisition", "--tag", "plan", "--sensitivity", "confidential",
            "--body", $"{ConfidentialWord}: we buy the retry vendor in March.");
        await File.WriteAllTextAsync(_temp.Combine("review.md"), ReviewTemplate, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(_temp.Combine("leaky.md"), LeakyTemplate, TestContext.Current.CancellationToken);
        await RunOkAsync("prompt", "add", "review", "--file", "review.md");
        await RunOkAsync("prompt", "add", "leaky", "--file", "leaky.md");
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

    private async Task<string> AddAsync(params string[] args)
    {
        var result = await RunOkAsync(["add", .. args, "--json"]);
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ConfidentialWord, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ListTools_EveryToolIsDescribedWithHints()
    {
        var tools = await _mcp.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["add_feedback", "build_pack", "create_handoff", "get_handoff", "get_item", "list_handoffs", "list_inbox", "list_prompts", "render_prompt",
            "save_decision", "save_note", "search", "update_handoff_state"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        foreach (var tool in tools.Select(t => t.ProtocolTool))
        {
            Assert.True(tool.Description?.Length > 150, $"{tool.Name}: describe what it is for and what it returns");
            Assert.Equal(tool.Name is "search" or "get_item" or "list_prompts" or "render_prompt" or "get_handoff" or "list_handoffs" or "list_inbox", tool.Annotations?.ReadOnlyHint);
            Assert.False(tool.Annotations?.DestructiveHint);
            foreach (var parameter in tool.InputSchema.GetProperty("properties").EnumerateObject())
                Assert.True(parameter.Value.TryGetProperty("description", out _), $"{tool.Name}.{parameter.Name} has no description");
        }
    }

    [Fact]
    public async Task Search_RedactsSecretsAndOnlyCountsTheConfidentialItem()
    {
        var answer = await _mcp.CallOkAsync("search", new { query = "retry" });

        var result = Assert.Single(answer.GetProperty("results").EnumerateArray());
        Assert.Equal(_noteId, result.GetProperty("id").GetString());
        Assert.Equal(1, answer.GetProperty("withheld").GetInt32());
        Assert.Contains("1 result withheld by the external-ai boundary", answer.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Contains("[REDACTED:github-token]", result.GetProperty("excerpt").GetString(), StringComparison.Ordinal);
        Assert.Contains("<EMAIL_1>", result.GetProperty("source").GetString(), StringComparison.Ordinal);
        AssertClean(answer.GetRawText());
        Assert.DoesNotContain(_confidentialId, answer.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_FiltersAndPages()
    {
        for (var i = 0; i < 12; i++)
            await AddAsync("note", "--title", $"Cache note {i}", "--tag", "cache", "--body", "the cache expires after a minute");

        var first = await _mcp.CallOkAsync("search", new { query = "cache", limit = 5 });
        var last = await _mcp.CallOkAsync("search", new { query = "cache", limit = 5, offset = 10 });
        var decisions = await _mcp.CallOkAsync("search", new { query = "cache", kind = new List<string> { "decision" } });

        Assert.Equal(5, first.GetProperty("results").GetArrayLength());
        Assert.Equal(5, first.GetProperty("nextOffset").GetInt32());
        Assert.Equal(2, last.GetProperty("results").GetArrayLength());
        Assert.False(last.TryGetProperty("nextOffset", out _));
        Assert.Equal(11, last.GetProperty("results")[0].GetProperty("rank").GetInt32());
        Assert.Empty(decisions.GetProperty("results").EnumerateArray());
        Assert.Contains("no matches", decisions.GetProperty("note").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_MalformedQuery_SaysHowToFixIt()
    {
        var error = await _mcp.CallErrorAsync("search", new { query = "\"unclosed" });

        Assert.Contains("quote phrases", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItem_GivesBodySourceRevisionsAndAdmittedLinks()
    {
        var other = await AddAsync("doc", "--title", "Payments API", "--body", "POST /payments");
        await RunOkAsync("edit", _noteId, "--title", "Retry policy for the payments client");
        await RunOkAsync("link", _noteId, "references", other);
        await RunOkAsync("link", _confidentialId, "derived-from", _noteId);

        var item = await _mcp.CallOkAsync("get_item", new { id = _noteId[..10] });

        Assert.Equal(_noteId, item.GetProperty("id").GetString());
        Assert.Equal("Retry policy for the payments client", item.GetProperty("title").GetString());
        Assert.Equal(2, item.GetProperty("revisions").GetInt32());
        Assert.Equal("human", item.GetProperty("source").GetProperty("actor").GetString());
        Assert.Equal("Jane Doe <<EMAIL_1>>", item.GetProperty("source").GetProperty("name").GetString());
        Assert.Contains("Deploy token: [REDACTED:github-token]", item.GetProperty("body").GetString(), StringComparison.Ordinal);
        var link = Assert.Single(item.GetProperty("links").EnumerateArray());
        Assert.Equal(other, link.GetProperty("id").GetString());
        Assert.Equal("out", link.GetProperty("direction").GetString());
        Assert.Equal(1, item.GetProperty("linksWithheld").GetInt32());
        Assert.False(item.TryGetProperty("truncated", out _));
        AssertClean(item.GetRawText());
    }

    [Fact]
    public async Task GetItem_LongBody_ComesInPartsThatAddUpToTheClearedBody()
    {
        var body = string.Concat(Enumerable.Range(0, 900).Select(i => $"Line {i}: the retry budget is spent before the queue takes over. {(i == 450 ? Token : "")}\n"));
        var id = await AddAsync("doc", "--title", "Long retry log", "--body", body);

        var parts = new List<string>();
        int? offset = 0;
        while (offset is { } next)
        {
            var part = await _mcp.CallOkAsync("get_item", new { id, offset = next, max_chars = 20_000 });
            var text = part.GetProperty("body").GetString()!;
            Assert.True(text.Length <= 20_000);
            Assert.True(part.GetProperty("truncated").GetBoolean());
            parts.Add(text);
            offset = part.TryGetProperty("nextOffset", out var n) ? n.GetInt32() : null;
            if (offset is not null)
                Assert.Contains($"offset={offset}", part.GetProperty("note").GetString(), StringComparison.Ordinal);
        }

        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.Equal(body.Replace(Token, "[REDACTED:github-token]", StringComparison.Ordinal), string.Concat(parts));
    }

    [Fact]
    public async Task GetItem_DefaultPartIsBounded()
    {
        var id = await AddAsync("doc", "--title", "Huge", "--body", new string('x', 200_000));

        var item = await _mcp.CallOkAsync("get_item", new { id });

        Assert.Equal(16_000, item.GetProperty("body").GetString()!.Length);
        Assert.Equal(200_000, item.GetProperty("totalChars").GetInt32());
        Assert.Equal(16_000, item.GetProperty("nextOffset").GetInt32());
    }

    [Fact]
    public async Task GetItem_ConfidentialItem_IsWithheld()
    {
        var error = await _mcp.CallErrorAsync("get_item", new { id = _confidentialId });

        Assert.Contains("withheld by the 'external-ai' privacy boundary", error, StringComparison.Ordinal);
        AssertClean(error);
    }

    [Fact]
    public async Task GetItem_UnknownId_SaysToSearchFirst()
    {
        var error = await _mcp.CallErrorAsync("get_item", new { id = "01zzzzzz" });

        Assert.Contains("no item matches '01zzzzzz'", error, StringComparison.Ordinal);
        Assert.Contains("search first with the search tool", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetItem_OffsetPastTheEnd_SaysWhereTheEndIs()
    {
        var error = await _mcp.CallErrorAsync("get_item", new { id = _noteId, offset = 100_000 });

        Assert.Contains("past the end", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveNote_WritesThroughTheLibraryWithTheClientAsSourceAndAnEvent()
    {
        var answer = await _mcp.CallOkAsync("save_note", new
        {
            title = "Backoff is capped at 30 s",
            body = "Found in RetryPolicy.cs: the cap keeps the queue moving.",
            tags = new List<string> { "payments", "retry" },
            model = "claude-opus-4",
            prompt = "review@2",
        });

        var id = answer.GetProperty("id").GetString()!;
        var item = await _mcp.Library.GetAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(ItemKind.Note, item.Kind);
        Assert.Equal(ActorKind.Ai, item.Source.Actor);
        Assert.Equal("test-client", item.Source.Tool);
        Assert.Equal("test-client 1.2.3", item.Source.Name);
        Assert.Equal("claude-opus-4", item.Source.Model);
        Assert.Equal("review@2", item.Source.PromptRef);
        Assert.Equal(["payments", "retry"], item.Tags);
        Assert.Equal(Sensitivity.Internal, item.Sensitivity);
        var events = await _mcp.Library.Store.GetEventsAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal("item.created", Assert.Single(events).Kind);
        var shown = await _cli.RunAsync("list", "--actor", "ai", "--source-tool", "test-client");
        Assert.Contains("Backoff is capped at 30 s", shown.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConcurrentCalls_AllSucceedOnTheOneStore()
    {
        var calls = Enumerable.Range(0, 16).Select(i => i % 2 == 0
            ? _mcp.CallOkAsync("save_note", new { title = $"Parallel note {i}", body = "written while others search" })
            : _mcp.CallOkAsync("search", new { query = "retry" }));

        var answers = await Task.WhenAll(calls);

        Assert.Equal(16, answers.Length);
        var saved = await _mcp.Library.ListAsync(new ItemFilter { Tags = [], Actor = ActorKind.Ai }, TestContext.Current.CancellationToken);
        Assert.Equal(8, saved.Count);
    }

    [Fact]
    public async Task SaveDecision_IsADecision()
    {
        var answer = await _mcp.CallOkAsync("save_decision", new { title = "Queue after three retries", body = "Context…\nDecision…" });

        var item = await _mcp.Library.GetAsync(answer.GetProperty("id").GetString()!, TestContext.Current.CancellationToken);
        Assert.Equal(ItemKind.Decision, item.Kind);
        Assert.Equal("decision", answer.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task SaveNote_InvalidContent_IsAnErrorAndNothingIsWritten()
    {
        var before = await _mcp.Library.ListAsync(new ItemFilter(), TestContext.Current.CancellationToken);

        var error = await _mcp.CallErrorAsync("save_note", new { title = "   ", body = "x" });

        Assert.Contains("title is empty", error, StringComparison.Ordinal);
        Assert.Equal(before.Count, (await _mcp.Library.ListAsync(new ItemFilter(), TestContext.Current.CancellationToken)).Count);
    }

    [Fact]
    public async Task ListPrompts_ShowsVariablesAndWithholdsNothingVisible()
    {
        var answer = await _mcp.CallOkAsync("list_prompts");

        var prompts = answer.GetProperty("prompts").EnumerateArray().ToList();
        Assert.Equal(["leaky", "review"], prompts.Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
        var review = prompts.Single(p => p.GetProperty("name").GetString() == "review");
        Assert.Equal("Reviews a change against the team's standards", review.GetProperty("description").GetString());
        var change = review.GetProperty("variables")[0];
        Assert.Equal("change", change.GetProperty("name").GetString());
        Assert.True(change.GetProperty("required").GetBoolean());
    }

    [Fact]
    public async Task RenderPrompt_RendersWithValuesThroughTheBoundary()
    {
        var answer = await _mcp.CallOkAsync("render_prompt", new { name = "review", variables = new { change = "the payments retry" } });

        var text = answer.GetProperty("text").GetString()!;
        Assert.StartsWith("Review the payments retry with a focus on correctness.", text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:github-token]", text, StringComparison.Ordinal);
        Assert.Equal(_noteId, Assert.Single(answer.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        AssertClean(answer.GetRawText());
    }

    [Fact]
    public async Task RenderPrompt_PullingInAConfidentialItem_IsRefusedWhole()
    {
        var error = await _mcp.CallErrorAsync("render_prompt", new { name = "leaky" });

        Assert.Contains("pulls in 1 library item above what the 'external-ai' privacy boundary lets through", error, StringComparison.Ordinal);
        AssertClean(error);
    }

    [Fact]
    public async Task RenderPrompt_MissingVariableOrUnknownPrompt_SayWhatToDo()
    {
        var missing = await _mcp.CallErrorAsync("render_prompt", new { name = "review" });
        var unknown = await _mcp.CallErrorAsync("render_prompt", new { name = "nope" });

        Assert.Contains("missing required variable: change", missing, StringComparison.Ordinal);
        Assert.Contains("list_prompts shows the prompts", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedArguments_AreClearErrors_AndTheServerKeepsServing()
    {
        var wrongType = await _mcp.CallErrorAsync("search", new { query = "retry", limit = "ten" });
        var outOfRange = await _mcp.CallErrorAsync("search", new { query = "retry", limit = 5000 });
        var unknown = await _mcp.CallErrorAsync("search", new { qurey = "retry" });
        var notAMap = await _mcp.CallErrorAsync("render_prompt", new { name = "review", variables = "change=x" });

        Assert.Contains("'limit' must be a whole number from 1 to 50, not a text", wrongType, StringComparison.Ordinal);
        Assert.Contains("'limit' must be a whole number from 1 to 50, not 5000", outOfRange, StringComparison.Ordinal);
        Assert.Contains("unknown argument 'qurey'", unknown, StringComparison.Ordinal);
        Assert.Contains("'query' is required", unknown, StringComparison.Ordinal);
        Assert.Contains("search takes query (required): text", unknown, StringComparison.Ordinal);
        Assert.Contains("'variables' must be an object of NAME: VALUE pairs", notAMap, StringComparison.Ordinal);
        await Assert.ThrowsAsync<McpProtocolException>(async () => await _mcp.CallAsync("no_such_tool"));
        var after = await _mcp.CallOkAsync("search", new { query = "retry" });
        Assert.Single(after.GetProperty("results").EnumerateArray());
    }

    [Fact]
    public async Task Resources_ItemReadsAsMarkdownThroughTheBoundary()
    {
        var templates = await _mcp.Client.ListResourceTemplatesAsync(cancellationToken: TestContext.Current.CancellationToken);
        var listed = await _mcp.Client.ListResourcesAsync(cancellationToken: TestContext.Current.CancellationToken);

        var read = await _mcp.Client.ReadResourceAsync($"baton://item/{_noteId}", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["baton://handoff/{ref}", "baton://item/{id}"], templates.Select(t => t.UriTemplate).Order(StringComparer.Ordinal));
        Assert.Contains($"baton://item/{_noteId}", listed.Select(r => r.Uri));
        Assert.DoesNotContain($"baton://item/{_confidentialId}", listed.Select(r => r.Uri));
        var text = Assert.IsType<TextResourceContents>(Assert.Single(read.Contents)).Text;
        Assert.StartsWith("# Retry policy for payments\n", text, StringComparison.Ordinal);
        Assert.Contains("Deploy token: [REDACTED:github-token]", text, StringComparison.Ordinal);
        AssertClean(text);
    }

    [Fact]
    public async Task Resources_ConfidentialOrUnknown_AreErrorsWithoutContent()
    {
        var withheld = await Assert.ThrowsAsync<McpProtocolException>(async () =>
            await _mcp.Client.ReadResourceAsync($"baton://item/{_confidentialId}", cancellationToken: TestContext.Current.CancellationToken));
        var unknown = await Assert.ThrowsAsync<McpProtocolException>(async () =>
            await _mcp.Client.ReadResourceAsync("baton://note/1", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("withheld", withheld.Message, StringComparison.Ordinal);
        AssertClean(withheld.Message);
        Assert.Contains("item resources are baton://item/ID", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prompts_TemplatesAreMcpPromptsWithTheirVariablesAsArguments()
    {
        var prompts = await _mcp.Client.ListPromptsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var review = prompts.Single(p => p.Name == "review").ProtocolPrompt;

        var result = await _mcp.Client.GetPromptAsync("review", new Dictionary<string, object?> { ["change"] = "the retry" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["change", "focus"], review.Arguments!.Select(a => a.Name));
        Assert.True(review.Arguments![0].Required);
        Assert.Equal("Reviews a change against the team's standards", review.Description);
        var message = Assert.Single(result.Messages);
        var text = Assert.IsType<TextContentBlock>(message.Content).Text;
        Assert.StartsWith("Review the retry with a focus on correctness.", text, StringComparison.Ordinal);
        AssertClean(text);
    }

    [Fact]
    public async Task SeededSecret_AppearsInNoAnswerOfAnyTool()
    {
        var answers = new List<string>();
        foreach (var (tool, arguments) in new (string, object?)[]
        {
            ("search", new { query = "retry" }),
            ("search", new { query = "token" }),
            ("search", new { query = "northwind" }),
            ("search", new { query = ConfidentialWord }),
            ("search", new { query = "ghp*" }),
            ("get_item", new { id = _noteId }),
            ("get_item", new { id = _noteId, offset = 60, max_chars = 1000 }),
            ("get_item", new { id = _confidentialId }),
            ("list_prompts", null),
            ("render_prompt", new { name = "review", variables = new { change = "x" } }),
            ("render_prompt", new { name = "leaky" }),
            ("save_note", new { title = "Seen", body = "nothing secret" }),
        })
        {
            answers.Add(McpHarness.Text(await _mcp.CallAsync(tool, arguments)));
        }

        var ct = TestContext.Current.CancellationToken;
        foreach (var resource in await _mcp.Client.ListResourcesAsync(cancellationToken: ct))
            answers.AddRange((await resource.ReadAsync(cancellationToken: ct)).Contents.OfType<TextResourceContents>().Select(c => c.Text));
        foreach (var prompt in await _mcp.Client.ListPromptsAsync(cancellationToken: ct))
        {
            answers.Add(prompt.Name + prompt.Description);
            try
            {
                var values = prompt.ProtocolPrompt.Arguments?.ToDictionary(a => a.Name, _ => (object?)"x") ?? [];
                answers.AddRange((await _mcp.Client.GetPromptAsync(prompt.Name, values, cancellationToken: ct)).Messages.Select(m => ((TextContentBlock)m.Content).Text));
            }
            catch (McpProtocolException e)
            {
                answers.Add(e.Message);
            }
        }

        Assert.True(answers.Count >= 12 + 3 + 4, $"{answers.Count} answers");
        foreach (var answer in answers)
            AssertClean(answer);
    }

    [Fact]
    public async Task TeamTarget_SeesTheConfidentialItemWithSecretsStillRedacted()
    {
        await using var team = await McpHarness.StartAsync(_temp.Path, PrivacyTargets.Team);

        var answer = await team.CallOkAsync("search", new { query = "retry" });

        Assert.Equal(2, answer.GetProperty("results").GetArrayLength());
        Assert.False(answer.TryGetProperty("withheld", out _));
        Assert.DoesNotContain(Token, answer.GetRawText(), StringComparison.Ordinal);
    }
}
