using System.Diagnostics;
using System.Text.Json;
using Baton.Library;
using Baton.Tests.TestSupport;
using Baton.Workspaces;

namespace Baton.Tests.Cli.Mcp;

/// <summary>
/// <c>baton mcp</c> as a real process, driven by the official MCP Inspector in <c>--cli</c> mode (a client written by
/// others, in another language). The inspector is an npm package that <c>.ci/run</c> installs with
/// <c>.ci/mcp-inspector.sh install</c>; where it is missing these tests fail under CI (<c>BATON_REQUIRE_MCP_INSPECTOR=1</c>)
/// and are skipped, saying how to install it, elsewhere.
/// </summary>
public sealed class McpInspectorTests(McpInspectorTests.Workspace workspace) : IClassFixture<McpInspectorTests.Workspace>
{
    private const string RequireVariable = "BATON_REQUIRE_MCP_INSPECTOR";

    /// <summary>One seeded workspace for the class: every test reads it, and the one that writes adds its own note.</summary>
    public sealed class Workspace : IAsyncLifetime
    {
        private readonly TempDirectory _temp = new();

        public string Path => _temp.Path;

        public string NoteId { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            var cli = new CliRunner(_temp.Path);
            await cli.RunAsync("init", "--here");
            var add = await cli.RunAsync("add", "note", "--title", "Retry policy", "--tag", "standards", "--json",
                "--body", $"Retry three times.\nDeploy token: {McpServerTests.Token}\nAsk {McpServerTests.Email}.\n");
            using var json = JsonDocument.Parse(add.Out);
            NoteId = json.RootElement.GetProperty("id").GetString()!;
            await cli.RunAsync("add", "decision", "--title", $"{McpServerTests.ConfidentialWord} retry acquisition", "--sensitivity", "confidential",
                "--body", $"{McpServerTests.ConfidentialWord} is bought in March.");
            await File.WriteAllTextAsync(_temp.Combine("review.md"), McpServerTests.ReviewTemplate);
            await cli.RunAsync("prompt", "add", "review", "--file", "review.md");
        }

        public ValueTask DisposeAsync()
        {
            _temp.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private static void AssertClean(string text)
    {
        Assert.DoesNotContain(McpServerTests.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain(McpServerTests.Email, text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(McpServerTests.ConfidentialWord, text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ToolsList_ListsEveryToolWithHints()
    {
        var json = await InspectAsync("--method", "tools/list");

        var tools = json.GetProperty("tools").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        Assert.Equal(["add_feedback", "build_pack", "create_handoff", "get_handoff", "get_item", "list_handoffs", "list_inbox", "list_prompts", "render_prompt",
            "save_decision", "save_note", "search", "update_handoff_state"], tools.Keys.Order(StringComparer.Ordinal));
        Assert.True(tools["get_handoff"].GetProperty("annotations").GetProperty("readOnlyHint").GetBoolean());
        Assert.False(tools["create_handoff"].GetProperty("annotations").GetProperty("readOnlyHint").GetBoolean());
        Assert.True(tools["search"].GetProperty("annotations").GetProperty("readOnlyHint").GetBoolean());
        Assert.False(tools["save_note"].GetProperty("annotations").GetProperty("readOnlyHint").GetBoolean());
    }

    [Fact]
    public async Task Search_RedactsTheSecretAndCountsTheConfidentialItem()
    {
        var json = await InspectAsync("--method", "tools/call", "--tool-name", "search", "--tool-arg", "query=retry");

        var answer = ToolAnswer(json);
        Assert.Equal(workspace.NoteId, Assert.Single(answer.GetProperty("results").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(1, answer.GetProperty("withheld").GetInt32());
        Assert.Contains("[REDACTED:github-token]", json.GetRawText(), StringComparison.Ordinal);
        AssertClean(json.GetRawText());
    }

    [Fact]
    public async Task GetItemAndItemResource_PassTheBoundary()
    {
        var item = await InspectAsync("--method", "tools/call", "--tool-name", "get_item", "--tool-arg", $"id={workspace.NoteId}");
        var resource = await InspectAsync("--method", "resources/read", "--uri", $"baton://item/{workspace.NoteId}");

        Assert.Contains("Deploy token: [REDACTED:github-token]", ToolAnswer(item).GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Contains("Ask <EMAIL_1>.", resource.GetProperty("contents")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        AssertClean(item.GetRawText());
        AssertClean(resource.GetRawText());
    }

    [Fact]
    public async Task MalformedArguments_GetAnErrorResultThatSaysWhatToFix()
    {
        var json = await InspectAsync("--method", "tools/call", "--tool-name", "search", "--tool-arg", "query=retry", "--tool-arg", "colour=blue");

        Assert.True(json.GetProperty("isError").GetBoolean());
        Assert.Contains("unknown argument 'colour'", json.GetProperty("content")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveNote_IsLabelledWithTheInspectorAsTheAiTool()
    {
        var json = await InspectAsync("--method", "tools/call", "--tool-name", "save_note",
            "--tool-arg", "title=Seen by the inspector", "--tool-arg", "body=The inspector saved this.", "--tool-arg", "model=test-model");

        var id = ToolAnswer(json).GetProperty("id").GetString()!;
        var ws = Baton.Workspaces.Workspace.At(workspace.Path);
        await using var store = ws.OpenStore();
        var item = await new ContextLibrary(store, TimeProvider.System, WorkspaceConfig.Load(ws.ConfigPath)).GetAsync(id, TestContext.Current.CancellationToken);
        Assert.Equal(ActorKind.Ai, item.Source.Actor);
        Assert.False(string.IsNullOrEmpty(item.Source.Tool));
        Assert.StartsWith(item.Source.Tool + " ", item.Source.Name, StringComparison.Ordinal);
        Assert.Equal("test-model", item.Source.Model);
    }

    [Fact]
    public async Task PromptsGet_RendersTheTemplateThroughTheBoundary()
    {
        var json = await InspectAsync("--method", "prompts/get", "--prompt-name", "review", "--prompt-args", "change=the retry");

        var text = json.GetProperty("messages")[0].GetProperty("content").GetProperty("text").GetString()!;
        Assert.StartsWith("Review the retry with a focus on correctness.", text, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:github-token]", text, StringComparison.Ordinal);
        AssertClean(json.GetRawText());
    }

    private static JsonElement ToolAnswer(JsonElement result)
    {
        Assert.False(result.TryGetProperty("isError", out var error) && error.GetBoolean(), result.GetRawText());
        using var answer = JsonDocument.Parse(result.GetProperty("content")[0].GetProperty("text").GetString()!);
        return answer.RootElement.Clone();
    }

    /// <summary>Runs the inspector against <c>dotnet baton.dll mcp --workspace …</c> and parses what it prints.</summary>
    private async Task<JsonElement> InspectAsync(params string[] arguments)
    {
        var (recipe, baton) = Locate();
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The server's command comes first: the inspector's variadic options (--tool-arg) would take anything after them.
        foreach (var argument in (string[])[recipe, "run", "dotnet", baton, "mcp", "--workspace", workspace.Path, .. arguments])
            start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var stdout = await output;
        Assert.True(process.ExitCode == 0, $"the inspector exited {process.ExitCode}\n--- stdout\n{stdout}\n--- stderr\n{await error}");
        using var json = JsonDocument.Parse(stdout);
        return json.RootElement.Clone();
    }

    /// <summary>The repository's copy of the recipe and the built <c>baton.dll</c>; fails or skips when the inspector is not installed.</summary>
    private static (string Recipe, string Baton) Locate()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Baton.slnx")))
            root = root.Parent;
        Assert.NotNull(root);
        var recipe = Path.Combine(root.FullName, ".ci", "mcp-inspector.sh");
        var baton = Path.Combine(AppContext.BaseDirectory, "baton.dll");
        var directory = Environment.GetEnvironmentVariable("MCP_INSPECTOR_DIR") is { Length: > 0 } d ? d : "/tmp/ci-mcp-inspector";
        if (!File.Exists(Path.Combine(directory, "node_modules", ".bin", "mcp-inspector")))
        {
            var message = $"the MCP Inspector is not installed in {directory}; install it with `bash .ci/mcp-inspector.sh install` (needs npm; set MCP_INSPECTOR_DIR to use another folder)";
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
                Assert.Fail(message + $" — {RequireVariable}=1 says this run must exercise it; see the install step's output above");
            Assert.Skip(message);
        }

        return (recipe, baton);
    }
}
