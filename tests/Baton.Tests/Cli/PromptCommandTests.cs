using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

public sealed class PromptCommandTests : IAsyncLifetime
{
    private const string ReviewTemplate = """
        ---
        title: Review an endpoint
        description: Reviews one endpoint against the API spec and the team's coding standards
        tags: [review]
        variables:
          - name: endpoint
            required: true
            description: The endpoint to review, e.g. POST /payments
          - name: focus
            default: correctness
        ---
        You are reviewing {{ endpoint }} with a focus on {{ focus }}.

        {% assign specs = "api-spec" | items_tagged -%}
        {% for spec in specs -%}
        ## API spec: {{ spec.title }}
        {{ spec.body }}
        {% endfor %}
        ## Our coding standards
        {% assign standards = "coding-standards" | items_tagged -%}
        {% for rule in standards -%}
        {{ rule.body }}
        {% endfor %}
        Answer with a numbered list of findings, most severe first.

        """;

    private readonly TempDirectory _temp = new();
    private CliRunner _cli = null!;

    public async ValueTask InitializeAsync()
    {
        _cli = new CliRunner(_temp.Path);
        var init = await _cli.RunAsync("init", "--here");
        Assert.True(init.ExitCode == 0, init.ToString());
    }

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<CliResult> RunOkAsync(params string[] args)
    {
        var result = await _cli.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<string> AddItemAsync(string body, params string[] args)
    {
        var result = await _cli.RunWithInputAsync(body, ["add", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.GetProperty("id").GetString()!;
    }

    private string Write(string name, string text)
    {
        File.WriteAllText(_temp.Combine(name), text);
        return name;
    }

    private async Task AddLibraryAsync()
    {
        await AddItemAsync("POST /payments creates a payment.\nIt needs an Idempotency-Key header; a repeated key returns the first result.\n",
            "doc", "--title", "Payments API", "--tag", "api-spec");
        await AddItemAsync("- Validate input at the edge and return problem details.\n- Every I/O method is async and takes a CancellationToken.\n",
            "doc", "--title", "C# coding standards", "--tag", "coding-standards");
        await AddItemAsync("Lunch is at noon.", "note", "--title", "Unrelated", "--tag", "misc");
    }

    [Fact]
    public async Task Render_PromptIncludingTheApiSpecAndStandardsByTag_RendersExactly()
    {
        await AddLibraryAsync();
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await RunOkAsync("prompt", "render", "review-endpoint", "--var", "endpoint=POST /payments");

        Assert.Equal("", result.Error);
        Assert.Equal("""
            You are reviewing POST /payments with a focus on correctness.

            ## API spec: Payments API
            POST /payments creates a payment.
            It needs an Idempotency-Key header; a repeated key returns the first result.

            ## Our coding standards
            - Validate input at the edge and return problem details.
            - Every I/O method is async and takes a CancellationToken.

            Answer with a numbered list of findings, most severe first.

            """, result.Out);
    }
}
