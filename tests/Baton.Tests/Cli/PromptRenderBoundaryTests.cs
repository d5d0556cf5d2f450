using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>baton prompt render</c> through the privacy boundary of its target, on a real workspace with its vault key outside it.</summary>
public sealed class PromptRenderBoundaryTests : IAsyncLifetime
{
    private const string Token = "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";
    private const string Email = "dana.ortiz@acme-corp.io";
    private const string DeployBody = "Deploy with " + Token + " and ask " + Email + ".\n";
    private const string MergerBody = "The merger with Initech closes on Friday.\n";

    private readonly TempDirectory _temp = new();
    private CliRunner _cli = null!;
    private string _merger = "";

    public async ValueTask InitializeAsync()
    {
        _cli = new CliRunner(_temp.Path);
        await RunOkAsync("init", "--here");
        await AddAsync(DeployBody, "note", "--title", "Deploy notes", "--tag", "ops");
        _merger = await AddAsync(MergerBody, "note", "--title", "Merger", "--tag", "ops", "--sensitivity", "confidential");
        File.WriteAllText(_temp.Combine("brief.md"), $$$"""
            ---
            title: Ops brief
            ---
            {% assign notes = "ops" | items_tagged -%}
            {% for n in notes -%}
            ## {{ n.title }}
            {{ n.body }}
            {% endfor -%}
            Single: {{ "{{{_merger}}}" | item }}

            """);
        await RunOkAsync("prompt", "add", "brief", "--file", "brief.md");
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

    private async Task<string> AddAsync(string body, params string[] args)
    {
        var result = await _cli.RunWithInputAsync(body, ["add", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Out).RootElement.GetProperty("id").GetString()!;
    }

    private static void AssertNoValues(CliResult result)
    {
        foreach (var text in new[] { result.Out, result.Error })
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Token[..12], text, StringComparison.Ordinal);
            Assert.DoesNotContain(Email, text, StringComparison.Ordinal);
            Assert.DoesNotContain("acme-corp", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Render_Default_RedactsTheSecretPseudonymisesTheEmailAndWithholdsTheConfidentialItem()
    {
        var result = await RunOkAsync("prompt", "render", "brief");

        AssertNoValues(result);
        Assert.DoesNotContain("Initech", result.Out, StringComparison.Ordinal);
        Assert.Equal($"""
            ## Deploy notes
            Deploy with [REDACTED:github-token] and ask <EMAIL_1>.

            Single: [withheld: confidential item {_merger[..8]} above external-ai]

            """, result.Out);
        Assert.Equal($"For 'external-ai': email 1 (pseudonymise), github-token 1 (redact); withheld 1 item above internal: {_merger[..8]} (confidential)\n", result.Error);
    }

    [Fact]
    public async Task Render_TargetTeam_KeepsTheConfidentialItemAndRedactsTheSecret()
    {
        var result = await RunOkAsync("prompt", "render", "brief", "--target", "team");

        Assert.Contains("## Merger\n" + MergerBody, result.Out, StringComparison.Ordinal);
        Assert.Contains("Single: " + MergerBody, result.Out, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:github-token]", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("withheld", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_TargetLocal_EqualsTheUnpassedRenderAndReportsTheSecret()
    {
        var result = await RunOkAsync("prompt", "render", "brief", "--target", "local");

        Assert.Equal($"""
            ## Merger
            {MergerBody}
            ## Deploy notes
            {DeployBody}
            Single: {MergerBody}

            """, result.Out);
        Assert.Contains("For 'local': email 1 (report), github-token 1 (report)", result.Error, StringComparison.Ordinal);
        Assert.Contains("render with --target team or external-ai to redact them", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_OutFile_HoldsOnlyThePassedText()
    {
        await RunOkAsync("prompt", "render", "brief", "--out", "prompt.txt");

        var written = File.ReadAllText(_temp.Combine("prompt.txt"));
        Assert.Contains("[REDACTED:github-token]", written, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, written, StringComparison.Ordinal);
        Assert.DoesNotContain(Email, written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_Json_CarriesAValueFreeReportAndPassesVariables()
    {
        File.WriteAllText(_temp.Combine("echo.md"), "---\nvariables:\n  - name: who\n---\nHello {{ who }}.\n");
        await RunOkAsync("prompt", "add", "echo", "--file", "echo.md");

        var brief = await RunOkAsync("prompt", "render", "brief", "--json");
        var echo = await RunOkAsync("prompt", "render", "echo", "--var", "who=" + Email, "--json");

        AssertNoValues(brief);
        AssertNoValues(echo);
        var json = JsonDocument.Parse(brief.Out).RootElement;
        var privacy = json.GetProperty("privacy");
        Assert.Equal("external-ai", privacy.GetProperty("target").GetString());
        Assert.Equal(
            ["email:personal-data:1:pseudonymise", "github-token:secret:1:redact"],
            privacy.GetProperty("rules").EnumerateArray().Select(r => $"{r.GetProperty("rule")}:{r.GetProperty("kind")}:{r.GetProperty("count")}:{r.GetProperty("action")}"));
        var withheld = Assert.Single(privacy.GetProperty("withheld").EnumerateArray());
        Assert.Equal(_merger, withheld.GetProperty("id").GetString());
        Assert.Equal("confidential", withheld.GetProperty("sensitivity").GetString());
        Assert.Equal("Deploy notes", Assert.Single(json.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        var echoed = JsonDocument.Parse(echo.Out).RootElement;
        Assert.Equal("<EMAIL_1>", echoed.GetProperty("variables").GetProperty("who").GetString());
        Assert.Equal("Hello <EMAIL_1>.\n", echoed.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Render_ConfidentialPrompt_Exit1ForExternalAiAndRendersForTeam()
    {
        File.WriteAllText(_temp.Combine("plan.md"), "---\nsensitivity: confidential\n---\nThe plan.\n");
        await RunOkAsync("prompt", "add", "plan", "--file", "plan.md");

        var refused = await _cli.RunAsync("prompt", "render", "plan");
        var team = await RunOkAsync("prompt", "render", "plan", "--target", "team");

        Assert.Equal(1, refused.ExitCode);
        Assert.Equal("", refused.Out);
        Assert.Contains("prompt plan@1 is confidential, above what the 'external-ai' privacy boundary lets through", refused.Error, StringComparison.Ordinal);
        Assert.Equal("The plan.\n", team.Out);
    }

    [Fact]
    public async Task Render_UnknownTarget_Exit2ListingTheKnownOnes()
    {
        var result = await _cli.RunAsync("prompt", "render", "brief", "--target", "moon");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("external-ai", result.Error, StringComparison.Ordinal);
    }
}
