using System.Diagnostics;
using Baton.Library;
using Baton.Prompts;

namespace Baton.Tests.Prompts;

public sealed class PromptRendererTests : IAsyncLifetime
{
    private readonly PromptFixture _fixture = PromptFixture.Create(limits: PromptLimits.Default with { MaxOutputChars = 1 << 20 });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    private static Dictionary<string, object?> Values(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private static BatonException Compile(string text) =>
        Assert.Throws<BatonException>(() => PromptRenderer.Compile(PromptTemplate.Parse(text, "t.md"), PromptLimits.Default));

    // Compile: the template's own mistakes

    [Fact]
    public void Compile_LiquidSyntaxError_ThrowsWithTheLineAndColumnInTheFileFromFluid()
    {
        var error = Compile("---\nvariables:\n  - name: endpoint\n---\nFirst line\nReview {{ endpoint \n");

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Equal("t.md:6:19: End of tag '}}' was expected; fix the Liquid there (see docs/prompts.md)", error.Message);
    }

    [Fact]
    public void Compile_BlockNotClosed_ThrowsNamingTheMissingEndTag()
    {
        var error = Compile("{% if true %}\nno end\n");

        Assert.Matches(@"^t\.md:2:\d+: '\{% endif %\}' was expected; fix the Liquid there", error.Message);
    }

    [Fact]
    public void Compile_IncludeTag_IsNotAvailable()
    {
        var error = Compile("{% include 'other' %}\n");

        Assert.StartsWith("t.md:1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Unknown tag 'include'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_ReadsUndeclaredVariables_ThrowsNamingEachOnce()
    {
        var error = Compile("---\nvariables:\n  - name: endpoint\n---\n{{ endpont }} {{ standards.body }} {{ endpont }} {{ endpoint }}\n");

        Assert.Equal("t.md: the template reads variables its front matter does not declare: endpont, standards; declare each under variables: (name, required, default, description), or fix the name", error.Message);
    }

    [Fact]
    public void Compile_AssignedCapturedLoopAndCounterNames_AreNotInputs()
    {
        var template = PromptTemplate.Parse("""
            {% assign a = "x" %}{% capture b %}{{ a }}{% endcapture %}{% for c in (1..2) %}{{ forloop.index }}{{ c }}{% endfor %}{% increment d %}{{ a }}{{ b }}{{ d }}
            """, "t.md");

        var compiled = PromptRenderer.Compile(template, PromptLimits.Default);

        Assert.Same(template, compiled.Template);
    }

    [Fact]
    public void Compile_UnknownFilter_ThrowsNamingIt()
    {
        var error = Compile("{{ \"api-spec\" | items_taged }} {{ 'x' | upcase }}\n");

        Assert.Equal("t.md: unknown Liquid filter: items_taged; the library filters are item, items_tagged and items_matching, and docs/prompts.md lists the others", error.Message);
    }

    [Fact]
    public void Compile_EmptyBody_Throws()
    {
        var error = Compile("---\ntitle: Nothing\n---\n  \n");

        Assert.Equal("t.md: the template is empty; write the prompt's Liquid text below the front matter", error.Message);
    }

    [Theory]
    [InlineData("blocks")]
    [InlineData("indexers")]
    [InlineData("filters")]
    [InlineData("conditions")]
    public void Compile_NestedTensOfThousandsDeep_ThrowsInsteadOfOverflowingTheStack(string shape)
    {
        const int n = 20_000;
        var text = shape switch
        {
            "blocks" => string.Concat(Enumerable.Repeat("{% if true %}", n)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", n)),
            "indexers" => "{% assign a = 1 %}{{ a" + string.Concat(Enumerable.Repeat("[a", n)) + new string(']', n) + " }}",
            "filters" => "{{ 'x'" + string.Concat(Enumerable.Repeat(" | upcase", n)) + " }}",
            _ => "{% if false" + string.Concat(Enumerable.Repeat(" or false", n)) + " %}x{% endif %}",
        };

        var error = Compile(text);

        Assert.Equal("t.md: the template nests blocks or expressions too deeply to render safely; flatten it, for example with assign", error.Message);
    }

    [Fact]
    public async Task RenderAsync_SixtyNestedLoops_RendersWithinTheDepthLimit()
    {
        var text = string.Concat(Enumerable.Range(0, 60).Select(i => $"{{% for i{i} in (1..1) %}}")) + "x" + string.Concat(Enumerable.Repeat("{% endfor %}", 60));

        var rendered = await _fixture.RenderAsync(text);

        Assert.Equal("x", rendered.Text);
    }

    // Render: values

    [Fact]
    public async Task RenderAsync_GivenAndDefaultValues_RendersPlainTextWithoutHtmlEncoding()
    {
        var rendered = await _fixture.RenderAsync("""
            ---
            variables:
              - name: endpoint
                required: true
              - name: tone
                default: friendly
              - name: extra
              - name: files
                default: [a.cs, b.cs]
            ---
            Review <{{ endpoint }}> & be {{ tone }}.{% if extra %} {{ extra }}{% endif %}
            {% for f in files %}- {{ f }}
            {% endfor %}
            """, Values(("endpoint", "POST /payments?a=1&b=\"2\"")));

        Assert.Equal("Review <POST /payments?a=1&b=\"2\"> & be friendly.\n- a.cs\n- b.cs\n", rendered.Text);
        Assert.Equal(["endpoint", "tone", "extra", "files"], rendered.Variables.Keys);
        Assert.Null(rendered.Variables["extra"]);
    }

    [Fact]
    public async Task RenderAsync_RequiredVariablesMissing_ListsEveryOneAtOnce()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync("""
            ---
            variables:
              - name: endpoint
                required: true
                description: The endpoint to review
              - name: standards
                required: true
              - name: tone
                default: calm
            ---
            {{ endpoint }} {{ standards }} {{ tone }}
            """));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Equal("prompt test@1: missing required variables: endpoint (The endpoint to review), standards; give values with --var NAME=VALUE or in a --var-file", error.Message);
    }

    [Fact]
    public async Task RenderAsync_UnknownVariables_RejectedWithTheDeclaredOnes()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(
            "---\nvariables:\n  - name: endpoint\n    required: true\n  - name: tone\n---\n{{ endpoint }}{{ tone }}\n",
            Values(("endpont", "x"), ("colour", "red"))));

        Assert.Equal("prompt test@1: missing required variable: endpoint; unknown variables: colour, endpont (it declares endpoint, tone); give values with --var NAME=VALUE or in a --var-file", error.Message);
    }

    [Fact]
    public async Task RenderAsync_NoVariablesDeclaredButOneGiven_Rejected()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync("Hello.\n", Values(("name", "Ada"))));

        Assert.Equal("prompt test@1: unknown variable: name (it declares no variables); give values with --var NAME=VALUE or in a --var-file", error.Message);
    }

    // Render: hostile templates stop with a clear error, quickly

    [Fact]
    public async Task RenderAsync_LoopOverAHugeRange_StoppedBeforeBuildingTheRange()
    {
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync("{% for i in (1..2000000000) %}{% endfor %}done\n"));

        Assert.Equal("prompt test@1 was stopped: a range of 2,000,000,000 values is more than the 100,000 a template may loop over; use a smaller range", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task RenderAsync_NestedLoopsThatWouldRunForever_StoppedByMaxSteps()
    {
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(
            "{% for i in (1..100000) %}{% for j in (1..100000) %}{% for k in (1..100000) %}x{% endfor %}{% endfor %}{% endfor %}\n"));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.Equal("prompt test@1 was stopped after 100,000 steps: a loop runs over too many values or never ends; loop over fewer (for example with limit:)", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task RenderAsync_TextDoubledByAppend_StoppedAtTheValueLimit()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(
            "{% assign s = 'xx' %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}\n"));

        Assert.Equal("prompt test@1 was stopped: the append filter made a text longer than 1,048,576 characters; build smaller values", error.Message);
    }

    [Fact]
    public async Task RenderAsync_TextDoubledByCapture_StoppedAtTheValueLimit()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(
            "{% assign s = 'xx' %}{% for i in (1..64) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}\n"));

        Assert.Equal("prompt test@1 was stopped: capture s made a text longer than 1,048,576 characters; build smaller values", error.Message);
    }

    [Fact]
    public async Task RenderAsync_OutputPastTheLimit_Stopped()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(
            "{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..20000) %}{{ s }}{% endfor %}\n"));

        Assert.Equal("prompt test@1 renders to more than 1,048,576 characters, and was stopped; include fewer or smaller items", error.Message);
    }

    [Fact]
    public async Task RenderAsync_ListGrownByConcat_StoppedAtTheListLimit()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(
            "{% assign a = 'x,y' | split: ',' %}{% for i in (1..40) %}{% assign a = a | concat: a %}{% endfor %}{{ a | size }}\n"));

        Assert.Equal("prompt test@1 was stopped: the concat filter made a list longer than 100,000 values; build smaller lists", error.Message);
    }

    [Fact]
    public async Task RenderAsync_FilterGivenBadInput_FailsAsATemplateError()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync("{{ 10 | divided_by: 0 }}\n"));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith("prompt test@1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_HugeTemplateWithinTheLimits_RendersAllOfIt()
    {
        var line = "Some fixed guidance for the model, line {{ n }}.\n";
        var text = "---\nvariables:\n  - name: n\n    default: '7'\n---\n" + string.Concat(Enumerable.Repeat(line, 10_000));
        var clock = Stopwatch.StartNew();

        var rendered = await _fixture.RenderAsync(text);

        Assert.Equal(10_000 * (line.Length - 6), rendered.Text.Length);
        Assert.StartsWith("Some fixed guidance for the model, line 7.\n", rendered.Text, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // Render: library items

    [Fact]
    public async Task RenderAsync_ItemById_GivesItsFieldsAndPrintsItsBody()
    {
        var spec = await _fixture.AddItemAsync("Payments API", "POST /payments creates a payment.", ItemKind.Doc, "api-spec");

        var rendered = await _fixture.RenderAsync($$$"""
            {% assign spec = "{{{spec.Id[..10]}}}" | item %}{{ spec.title }} ({{ spec.kind }}, {{ spec.tags | join: "," }}, r{{ spec.revision }}, {{ spec.sensitivity }}, {{ spec.updated_at | date: "%Y" }}):
            {{ spec }}
            """);

        Assert.Equal("Payments API (doc, api-spec, r1, internal, 2026):\nPOST /payments creates a payment.", rendered.Text);
        Assert.Equal([spec.Id], rendered.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task RenderAsync_ItemUnknown_FailsNamingTheId()
    {
        await _fixture.AddItemAsync("Other", "Body.");

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync("{{ \"zzzzzzzz\" | item }}\n"));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal("prompt test@1 includes item 'zzzzzzzz', but no item matches it; `baton list` shows the ids, or change the template", error.Message);
    }

    [Fact]
    public async Task RenderAsync_ItemArchived_FailsSayingHowToBringItBack()
    {
        var spec = await _fixture.AddItemAsync("Old spec", "Body.");
        await _fixture.Library.ArchiveAsync(spec.Id, archived: true, PromptFixture.Ada, TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync($"{{{{ \"{spec.Id}\" | item }}}}\n"));

        Assert.Equal($"prompt test@1 includes item {spec.Id}, which is archived; `baton unarchive {spec.Id}` brings it back, or change the template", error.Message);
    }

    [Fact]
    public async Task RenderAsync_ItemsTagged_NewestFirstWithoutArchivedOrPrompts()
    {
        await _fixture.AddItemAsync("Standards A", "a", ItemKind.Doc, "standards");
        var archived = await _fixture.AddItemAsync("Standards old", "old", ItemKind.Note, "standards");
        await _fixture.AddItemAsync("Standards B", "b", ItemKind.Decision, "standards", "csharp");
        await _fixture.AddItemAsync("Unrelated", "u", ItemKind.Doc, "other");
        await _fixture.Library.ArchiveAsync(archived.Id, archived: true, PromptFixture.Ada, TestContext.Current.CancellationToken);
        await _fixture.AddPromptAsync("uses-standards", "---\ntags: [standards]\n---\nprompt\n");

        var rendered = await _fixture.RenderAsync("""
            {% assign all = "standards" | items_tagged %}{{ all | map: "title" | join: "|" }}
            {{ "standards,csharp" | items_tagged | map: "title" | join: "|" }}
            {{ "standards" | items_tagged: 1 | map: "title" | join: "|" }}
            {{ "standards" | items_tagged: kind: "doc" | map: "title" | join: "|" }}
            {{ "standards" | items_tagged: limit: 1, kind: "prompt" | map: "title" | join: "|" }}
            {{ "standards" | items_tagged: 1, kind: "doc" | map: "title" | join: "|" }}
            {{ "nothing" | items_tagged | size }}
            """);

        Assert.Equal("Standards B|Standards A\nStandards B\nStandards B\nStandards A\nuses-standards\nStandards A\n0", rendered.Text);
    }

    [Fact]
    public async Task RenderAsync_ItemsMatching_BestFirstWithinTheLimit()
    {
        await _fixture.AddItemAsync("Retry policy", "We retry payments three times with backoff; retry after a 429.", ItemKind.Decision);
        await _fixture.AddItemAsync("Logging", "Log every retry once.", ItemKind.Note);
        await _fixture.AddItemAsync("Unrelated", "Nothing here.", ItemKind.Note);

        var rendered = await _fixture.RenderAsync("""
            {% assign hits = "retry" | items_matching %}{% for hit in hits %}{{ hit.title }};{% endfor %}
            {{ "retry" | items_matching: 1 | map: "title" | join: "" }}
            """);

        Assert.Equal("Retry policy;Logging;\nRetry policy", rendered.Text);
        Assert.Equal(["Retry policy", "Logging"], rendered.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("{{ 'x' | items_tagged: 0 }}", "items_tagged: the limit must be a whole number from 1 to 100, not '0'")]
    [InlineData("{{ 'x' | items_tagged: 101 }}", "items_tagged: the limit must be a whole number from 1 to 100, not '101'")]
    [InlineData("{{ 'x' | items_matching: 'five' }}", "items_matching: the limit must be a whole number from 1 to 100, not 'five'")]
    [InlineData("{{ 'x' | items_tagged: sort: 'title' }}", "items_tagged: unknown option 'sort'; use limit: N and kind: \"doc\"")]
    [InlineData("{{ '' | item }}", "item: the id is empty")]
    public async Task RenderAsync_LibraryFilterMisused_ThrowsNamingTheFilter(string template, string expected)
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.RenderAsync(template + "\n"));

        Assert.StartsWith("prompt test@1: " + expected, error.Message, StringComparison.Ordinal);
    }

    // Render: for an audience

    [Fact]
    public async Task RenderAsync_ForAnAudience_MarksAWithheldItemLeavesItOutOfListsAndAsksOncePerItem()
    {
        var open = await _fixture.AddItemAsync("Open", "open body", ItemKind.Doc, "ops");
        var closed = await _fixture.Library.AddAsync(new NewItem
        {
            Kind = ItemKind.Doc, Title = "Closed", Body = "closed body", Tags = ["ops"], Sensitivity = Sensitivity.Confidential, Source = _fixture.Source(),
        }, TestContext.Current.CancellationToken);
        var asked = new List<string>();
        var audience = new PromptAudience("external-ai", (id, sensitivity) =>
        {
            asked.Add(id);
            return sensitivity <= Sensitivity.Internal;
        });
        var compiled = PromptRenderer.Compile(PromptTemplate.Parse($$$"""
            {% assign docs = "ops" | items_tagged %}{% for d in docs %}[{{ d.title }}]{% endfor %}
            {{ "{{{closed.Id}}}" | item }}|{% assign c = "{{{closed.Id}}}" | item %}{{ c.title }}|{{ c.withheld }}|{{ c.id }}
            """, "t.md"), _fixture.Limits);

        var rendered = await _fixture.Renderer.RenderAsync(compiled, "t", 1, new Dictionary<string, object?>(), audience, TestContext.Current.CancellationToken);

        var marker = $"[withheld: confidential item {closed.Id[..8]} above external-ai]";
        Assert.Equal($"[Open]\n{marker}|{marker}|true|{closed.Id}", rendered.Text.TrimEnd('\n'));
        Assert.Equal([open.Id], rendered.Items.Select(i => i.Id));
        Assert.Equal([closed.Id], rendered.Withheld.Select(i => i.Id));
        Assert.Equal(1, asked.Count(id => id == closed.Id));
        Assert.DoesNotContain("closed body", rendered.Text, StringComparison.Ordinal);
    }
}
