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
        {{ spec.body | strip }}
        {% endfor %}
        ## Our coding standards
        {% assign standards = "coding-standards" | items_tagged -%}
        {% for rule in standards -%}
        {{ rule.body | strip }}
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

    [Fact]
    public async Task Add_FromStdin_StoresVersionOneAndSaysSo()
    {
        var result = await _cli.RunWithInputAsync("---\nvariables:\n  - name: who\n    required: true\n---\nHello {{ who }}.\n", "prompt", "add", "greet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"^Added prompt greet version 1 \([0-9a-z]+\): greet  \[who\*\]\n$", result.Out);
    }

    [Fact]
    public async Task Add_SameFileTwice_SecondTimeIsUnchanged()
    {
        var file = Write("review.md", ReviewTemplate);
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", file);

        var again = await RunOkAsync("prompt", "add", "review-endpoint", "--file", file, "--json");

        var json = JsonDocument.Parse(again.Out).RootElement;
        Assert.False(json.GetProperty("created").GetBoolean());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("---\ntitle: Review\ndescription: a: b\n---\nBody\n", "baton: bad.md:3:15: While scanning a plain scalar value, found invalid mapping; fix the YAML there\n")]
    [InlineData("---\ntitle: Review\nBody without the closing line\n", "baton: bad.md: front matter starts with '---' but has no closing '---' line; add one after the last field\n")]
    [InlineData("---\ntitle: Review\n---\n\nHello {% if x %}\n", "baton: bad.md:5:18: '{% endif %}' was expected; fix the Liquid there (see docs/prompts.md)\n")]
    [InlineData("---\ntitle: Review\n---\nHello {{ who }}\n", "baton: bad.md: the template reads a variable its front matter does not declare: who; declare each under variables: (name, required, default, description), or fix the name\n")]
    [InlineData("---\nvariables:\n  - name: who\n    required: maybe\n---\nHello {{ who }}\n", "baton: bad.md:4:15: 'required' of variable 'who' must be true or false; fix the YAML there\n")]
    public async Task Add_BadTemplate_ExitsTwoWithWhereAndWhatToFix(string template, string expectedError)
    {
        var result = await _cli.RunAsync("prompt", "add", "bad", "--file", Write("bad.md", template));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal(expectedError, result.Error);
        Assert.Equal(1, (await _cli.RunAsync("prompt", "show", "bad")).ExitCode);
    }

    [Theory]
    [InlineData("Review")]
    [InlineData("review/endpoint")]
    public async Task Add_InvalidName_ExitsTwoWithTheRule(string name)
    {
        var result = await _cli.RunAsync("prompt", "add", name, "--file", Write("review.md", ReviewTemplate));

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"baton: '{name}' is not a valid prompt name; use 1–64 lower-case letters, digits and . _ - starting with a letter or digit, for example review-endpoint\n", result.Error);
    }

    [Fact]
    public async Task Add_NoFileAndNothingOnStdin_ExitsTwoSayingHowToGiveIt()
    {
        var result = await _cli.RunAsync("prompt", "add", "review-endpoint");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("baton: no template given; pass it with --file TEMPLATE.md or on stdin (see docs/prompts.md for the format)\n", result.Error);
    }

    [Fact]
    public async Task Render_MissingRequiredVariables_ListsThemAllAndExitsTwo()
    {
        await RunOkAsync("prompt", "add", "pair", "--file", Write("pair.md",
            "---\nvariables:\n  - name: a\n    required: true\n    description: first\n  - name: b\n    required: true\n---\n{{ a }}{{ b }}\n"));

        var result = await _cli.RunAsync("prompt", "render", "pair");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("baton: prompt pair@1: missing required variables: a (first), b; give values with --var NAME=VALUE or in a --var-file\n", result.Error);
    }

    [Fact]
    public async Task Render_UnknownVariable_ExitsTwoNamingIt()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await _cli.RunAsync("prompt", "render", "review-endpoint", "--var", "endpoint=x", "--var", "tone=calm");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("baton: prompt review-endpoint@1: unknown variable: tone (it declares endpoint, focus); give values with --var NAME=VALUE or in a --var-file\n", result.Error);
    }

    [Fact]
    public async Task Render_VarWithoutEquals_ExitsTwoShowingTheForm()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await _cli.RunAsync("prompt", "render", "review-endpoint", "--var", "endpoint");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("baton: --var 'endpoint' is not NAME=VALUE; write for example --var endpoint=\"POST /payments\"\n", result.Error);
    }

    [Fact]
    public async Task Render_VarFileAndVar_VarWinsAndListsLoop()
    {
        await RunOkAsync("prompt", "add", "files", "--file", Write("files.md",
            "---\nvariables:\n  - name: title\n  - name: files\n    required: true\n---\n{{ title }}:{% for f in files %} {{ f }}{% endfor %}\n"));
        Write("vars.yaml", "title: From the file\nfiles: [a.cs, b.cs]\n");

        var result = await RunOkAsync("prompt", "render", "files", "--var-file", "vars.yaml", "--var", "title=From --var");

        Assert.Equal("From --var: a.cs b.cs\n", result.Out);
    }

    [Fact]
    public async Task Render_MalformedVarFile_ExitsTwoWithLineAndColumn()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));
        Write("vars.yaml", "endpoint: POST /payments\nfocus: 'security\n");

        var result = await _cli.RunAsync("prompt", "render", "review-endpoint", "--var-file", "vars.yaml");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("baton: vars.yaml:2:8: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Render_UnknownPrompt_ExitsOne()
    {
        var result = await _cli.RunAsync("prompt", "render", "nope");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("baton: no prompt named 'nope'; `baton prompt list` shows the prompts, and `baton prompt add nope --file TEMPLATE.md` creates it\n", result.Error);
    }

    [Fact]
    public async Task Render_VersionOrLabelThatDoesNotExist_ExitsOne()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var version = await _cli.RunAsync("prompt", "render", "review-endpoint", "--version", "4", "--var", "endpoint=x");
        var label = await _cli.RunAsync("prompt", "render", "review-endpoint", "--label", "production", "--var", "endpoint=x");

        Assert.Equal((1, "baton: prompt 'review-endpoint' has no version 4; it has versions 1 to 1 (`baton prompt versions review-endpoint` lists them)\n"), (version.ExitCode, version.Error));
        Assert.Equal((1, "baton: prompt 'review-endpoint' has no label 'production'; its labels are: latest; set it with `baton prompt label review-endpoint VERSION production`\n"), (label.ExitCode, label.Error));
    }

    [Fact]
    public async Task Render_EndlessLoop_StoppedAndExitsTwo()
    {
        await RunOkAsync("prompt", "add", "loop", "--file", Write("loop.md", "{% for i in (1..99999) %}{% for j in (1..99999) %}x{% endfor %}{% endfor %}\n"));

        var result = await _cli.RunAsync("prompt", "render", "loop");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Equal("baton: prompt loop@1 was stopped after 100,000 steps: a loop runs over too many values or never ends; loop over fewer (for example with limit:)\n", result.Error);
    }

    [Fact]
    public async Task Render_Json_GivesTextVariablesAndTheItemsUsed()
    {
        await AddLibraryAsync();
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await RunOkAsync("prompt", "render", "review-endpoint", "--var", "endpoint=POST /payments", "--json");

        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("review-endpoint", json.GetProperty("name").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        Assert.StartsWith("You are reviewing POST /payments", json.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("correctness", json.GetProperty("variables").GetProperty("focus").GetString());
        Assert.Equal(["Payments API", "C# coding standards"], json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        Assert.Equal("doc", json.GetProperty("items")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Render_Out_WritesTheFileAndNothingToStdout()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await RunOkAsync("prompt", "render", "review-endpoint", "--var", "endpoint=GET /x", "--out", "prompt.txt");

        Assert.Equal("", result.Out);
        Assert.StartsWith("Wrote review-endpoint@1 to prompt.txt (", result.Error, StringComparison.Ordinal);
        Assert.StartsWith("You are reviewing GET /x with a focus on correctness.\n", File.ReadAllText(_temp.Combine("prompt.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task VersionsAndLabel_TwoVersionsLabelled_RenderPicksByLabelAndVersion()
    {
        await RunOkAsync("prompt", "add", "greet", "--file", Write("v1.md", "Hello.\n"));
        _cli.Variables["BATON_SOURCE_NAME"] = "Grace Hopper";
        await RunOkAsync("prompt", "add", "greet", "--file", Write("v2.md", "Hello again.\n"));

        var set = await RunOkAsync("prompt", "label", "greet", "1", "production");
        var moved = await RunOkAsync("prompt", "label", "greet", "2", "production");
        await RunOkAsync("prompt", "label", "greet", "1", "stable");
        var versions = await RunOkAsync("prompt", "versions", "greet");
        var byLabel = await RunOkAsync("prompt", "render", "greet", "--label", "stable");
        var byVersion = await RunOkAsync("prompt", "render", "greet", "--version", "1");
        var latest = await RunOkAsync("prompt", "render", "greet");
        var list = await RunOkAsync("prompt", "list");

        Assert.Equal("greet: production → version 1\n", set.Out);
        Assert.Equal("greet: production → version 2 (was 1)\n", moved.Out);
        var lines = versions.Out.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')).ToList();
        Assert.Equal(["1", "2"], lines.Select(l => l[0]));
        Assert.Equal(["stable", "latest,production"], lines.Select(l => l[3]));
        Assert.Equal(["greet", "greet"], lines.Select(l => l[4]));
        Assert.Equal("Grace Hopper", lines[1][2]);
        Assert.Equal(("Hello.\n", "Hello.\n", "Hello again.\n"), (byLabel.Out, byVersion.Out, latest.Out));
        Assert.StartsWith("greet\t2\tproduction=2,stable=1\tgreet\t", list.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("latest", "baton: 'latest' always points at the newest version and cannot be set by hand; add a new version with `baton prompt add`, or pick another label\n")]
    [InlineData("Prod", "baton: 'Prod' is not a valid label; use 1–64 lower-case letters, digits and . _ - starting with a letter, for example production or canary\n")]
    public async Task Label_LatestOrInvalid_ExitsTwo(string label, string expected)
    {
        await RunOkAsync("prompt", "add", "greet", "--file", Write("v1.md", "Hello.\n"));

        var result = await _cli.RunAsync("prompt", "label", "greet", "1", label);

        Assert.Equal((2, expected), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task Label_VersionThatDoesNotExist_ExitsOne()
    {
        await RunOkAsync("prompt", "add", "greet", "--file", Write("v1.md", "Hello.\n"));

        var result = await _cli.RunAsync("prompt", "label", "greet", "3", "production");

        Assert.Equal((1, "baton: prompt 'greet' has no version 3; it has versions 1 to 1 (`baton prompt versions greet` lists them)\n"), (result.ExitCode, result.Error));
    }

    [Fact]
    public async Task Show_Latest_PrintsDeclarationsThenTheTemplate()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await RunOkAsync("prompt", "show", "review-endpoint");

        Assert.StartsWith("""
            review-endpoint@1  Review an endpoint
            description: Reviews one endpoint against the API spec and the team's coding standards
            labels:      latest
            added:       
            """, result.Out, StringComparison.Ordinal);
        Assert.Contains("""
            tags:        review
            variables:
              endpoint (required) — The endpoint to review, e.g. POST /payments
              focus (default correctness)

            You are reviewing {{ endpoint }} with a focus on {{ focus }}.
            """, result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Raw_PrintsTheStoredFileExactly()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var result = await RunOkAsync("prompt", "show", "review-endpoint", "--raw");

        Assert.Equal(ReviewTemplate, result.Out);
    }

    [Fact]
    public async Task Show_Json_GivesTheDeclarationsAndTemplate()
    {
        await RunOkAsync("prompt", "add", "review-endpoint", "--file", Write("review.md", ReviewTemplate));

        var json = JsonDocument.Parse((await RunOkAsync("prompt", "show", "review-endpoint", "--version", "1", "--json")).Out).RootElement;

        Assert.Equal(["latest"], json.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("endpoint", json.GetProperty("variables")[0].GetProperty("name").GetString());
        Assert.True(json.GetProperty("variables")[0].GetProperty("required").GetBoolean());
        Assert.Equal("correctness", json.GetProperty("variables")[1].GetProperty("default").GetString());
        Assert.StartsWith("You are reviewing", json.GetProperty("template").GetString(), StringComparison.Ordinal);
        Assert.Equal(ReviewTemplate, json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task List_NoPrompts_PrintsNothing()
    {
        var result = await RunOkAsync("prompt", "list", "--json");

        Assert.Equal("[]\n", result.Out);
    }

    [Fact]
    public async Task Edit_PromptBody_IsRefusedWithTheWayToMakeAVersion()
    {
        File.WriteAllText(_temp.Combine("review.md"), ReviewTemplate);
        var added = await _cli.RunAsync("prompt", "add", "review", "--file", "review.md", "--json");
        Assert.True(added.ExitCode == 0, added.ToString());
        var id = JsonDocument.Parse((await _cli.RunAsync("list", "--kind", "prompt", "--json")).Out).RootElement[0].GetProperty("id").GetString()!;

        var edit = await _cli.RunAsync("edit", id, "--body", "{{ unchecked");
        var retag = await _cli.RunAsync("edit", id, "--add-tag", "api");

        Assert.Equal(2, edit.ExitCode);
        Assert.Contains("baton prompt add", edit.Error, StringComparison.Ordinal);
        Assert.Equal(0, retag.ExitCode);
        Assert.Equal(0, (await _cli.RunAsync("prompt", "render", "review", "--var", "endpoint=GET /x")).ExitCode);
    }
}
