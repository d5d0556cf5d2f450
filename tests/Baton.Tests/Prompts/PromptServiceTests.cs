using Baton.Library;
using Baton.Prompts;
using Baton.Workspaces;

namespace Baton.Tests.Prompts;

public sealed class PromptServiceTests : IAsyncLifetime
{
    private const string ReviewV1 = """
        ---
        title: Review an endpoint
        tags: [review]
        variables:
          - name: endpoint
            required: true
        ---
        Review {{ endpoint }}.

        """;

    private const string ReviewV2 = """
        ---
        title: Review an endpoint carefully
        variables:
          - name: endpoint
            required: true
        ---
        Review {{ endpoint }} carefully.

        """;

    private readonly PromptFixture _fixture = PromptFixture.Create();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Dictionary<string, object?> Endpoint = new() { ["endpoint"] = "POST /payments" };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task AddAsync_NewPrompt_StoresTheWholeFileAsVersionOneOfAPromptItem()
    {
        var added = await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        Assert.True(added.Created);
        Assert.Equal(1, added.Version.Version);
        var item = await _fixture.Library.GetAsync(added.Version.ItemId, Ct);
        Assert.Equal(ItemKind.Prompt, item.Kind);
        Assert.Equal("Review an endpoint", item.Title);
        Assert.Equal(ReviewV1, item.Body);
        Assert.Equal(["review"], item.Tags);
        Assert.Equal(Sensitivity.Internal, item.Sensitivity);
    }

    [Fact]
    public async Task AddAsync_NoTitleInFrontMatter_TitleIsTheName()
    {
        var added = await _fixture.AddPromptAsync("say-hello", "Say hello.\n");

        Assert.Equal("say-hello", (await _fixture.Library.GetAsync(added.Version.ItemId, Ct)).Title);
    }

    [Fact]
    public async Task AddAsync_SameFileAgain_WritesNoNewVersion()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var again = await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        Assert.False(again.Created);
        Assert.Equal(1, again.Version.Version);
        Assert.Single(await _fixture.Library.RevisionsAsync(again.Version.ItemId, Ct));
    }

    [Fact]
    public async Task AddAsync_ChangedFile_AddsVersionTwoAndKeepsVersionOneAsItWas()
    {
        var v1 = await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var v2 = await _fixture.AddPromptAsync("review-endpoint", ReviewV2);

        Assert.Equal(2, v2.Version.Version);
        Assert.Equal(v1.Version.ItemId, v2.Version.ItemId);
        var first = await _fixture.Prompts.GetAsync("review-endpoint", version: 1, cancellationToken: Ct);
        Assert.Equal(ReviewV1, first.Revision.Body);
        Assert.Equal("Review an endpoint", first.Revision.Title);
        Assert.Equal("Review POST /payments.\n", (await _fixture.Prompts.RenderAsync("review-endpoint", 1, null, Endpoint, Ct)).Text);
        Assert.Equal("Review POST /payments carefully.\n", (await _fixture.Prompts.RenderAsync("review-endpoint", null, null, Endpoint, Ct)).Text);
    }

    [Theory]
    [InlineData("Review")]
    [InlineData("review endpoint")]
    [InlineData("-review")]
    [InlineData("")]
    public async Task AddAsync_InvalidName_ThrowsWithTheRule(string name)
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.AddPromptAsync(name, ReviewV1));

        Assert.Contains("is not a valid prompt name; use 1–64 lower-case letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_InvalidTemplate_StoresNothing()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.AddPromptAsync("broken", "Hello {{ name \n"));

        Assert.StartsWith("broken.md:1:", error.Message, StringComparison.Ordinal);
        Assert.Empty(await _fixture.Prompts.ListAsync(Ct));
    }

    [Fact]
    public async Task AddAsync_LargerThanTheBodyLimit_ThrowsBodyTooLarge()
    {
        await using var small = PromptFixture.Create(WorkspaceConfig.Default with { MaxBodyBytes = 4096 });
        var justUnder = "---\ntitle: Big\n---\n" + new string('x', 4096 - 19);
        var over = justUnder + "x";

        var added = await small.AddPromptAsync("big", justUnder);
        var error = await Assert.ThrowsAsync<BatonException>(() => small.AddPromptAsync("big", over));

        Assert.True(added.Created);
        Assert.StartsWith("the body is 4 KB; the limit is 4 KB", error.Message, StringComparison.Ordinal);
        Assert.Equal(4096, (await small.Prompts.RenderAsync("big", null, null, new Dictionary<string, object?>(), Ct)).Text.Length + 19);
    }

    [Fact]
    public async Task RenderAsync_ByVersionLabelOrLatest_PicksThatVersion()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);
        await _fixture.AddPromptAsync("review-endpoint", ReviewV2);
        await _fixture.Prompts.LabelAsync("review-endpoint", 1, "production", PromptFixture.Ada, Ct);

        var byLabel = await _fixture.Prompts.RenderAsync("review-endpoint", null, "production", Endpoint, Ct);
        var byLatest = await _fixture.Prompts.RenderAsync("review-endpoint", null, "latest", Endpoint, Ct);
        var byVersion = await _fixture.Prompts.RenderAsync("review-endpoint", 2, null, Endpoint, Ct);

        Assert.Equal((1, "Review POST /payments.\n"), (byLabel.Version, byLabel.Text));
        Assert.Equal(2, byLatest.Version);
        Assert.Equal(2, byVersion.Version);
    }

    [Fact]
    public async Task RenderAsync_UnknownPrompt_NotFoundSayingHowToCreateIt()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.RenderAsync("nope", null, null, Endpoint, Ct));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal("no prompt named 'nope'; `baton prompt list` shows the prompts, and `baton prompt add nope --file TEMPLATE.md` creates it", error.Message);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task RenderAsync_VersionThatDoesNotExist_NotFoundWithTheRange(int version)
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);
        await _fixture.AddPromptAsync("review-endpoint", ReviewV2);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.RenderAsync("review-endpoint", version, null, Endpoint, Ct));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal($"prompt 'review-endpoint' has no version {version}; it has versions 1 to 2 (`baton prompt versions review-endpoint` lists them)", error.Message);
    }

    [Fact]
    public async Task RenderAsync_LabelThatDoesNotExist_NotFoundListingTheLabels()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);
        await _fixture.Prompts.LabelAsync("review-endpoint", 1, "staging", PromptFixture.Ada, Ct);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.RenderAsync("review-endpoint", null, "production", Endpoint, Ct));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Equal("prompt 'review-endpoint' has no label 'production'; its labels are: latest, staging; set it with `baton prompt label review-endpoint VERSION production`", error.Message);
    }

    [Fact]
    public async Task RenderAsync_VersionAndLabel_Rejected()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.RenderAsync("review-endpoint", 1, "latest", Endpoint, Ct));

        Assert.Equal("give --version or --label, not both", error.Message);
    }

    [Fact]
    public async Task RenderAsync_InvalidLabel_RejectedWithTheRule()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.RenderAsync("review-endpoint", null, "Prod!", Endpoint, Ct));

        Assert.StartsWith("'Prod!' is not a valid label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabelAsync_SetThenMoved_PointsAtTheNewVersionAndReportsTheOld()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);
        await _fixture.AddPromptAsync("review-endpoint", ReviewV2);

        var set = await _fixture.Prompts.LabelAsync("review-endpoint", 1, "production", PromptFixture.Ada, Ct);
        var moved = await _fixture.Prompts.LabelAsync("review-endpoint", 2, "production", PromptFixture.Ada, Ct);

        Assert.Equal(new PromptLabel("review-endpoint", "production", 1, null), set);
        Assert.Equal(new PromptLabel("review-endpoint", "production", 2, 1), moved);
        Assert.Equal(2, (await _fixture.Prompts.FindAsync("review-endpoint", Ct)).Labels["production"]);
        var events = await _fixture.Store.GetEventsAsync((await _fixture.Prompts.FindAsync("review-endpoint", Ct)).ItemId, Ct);
        Assert.Equal(2, events.Count(e => e.Kind == "prompt.labelled"));
    }

    [Fact]
    public async Task LabelAsync_Latest_RejectedBecauseItIsImplicit()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.LabelAsync("review-endpoint", 1, "latest", PromptFixture.Ada, Ct));

        Assert.StartsWith("'latest' always points at the newest version", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("2")]
    [InlineData("has space")]
    public async Task LabelAsync_InvalidLabel_Rejected(string label)
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.LabelAsync("review-endpoint", 1, label, PromptFixture.Ada, Ct));

        Assert.Equal(ErrorKind.Input, error.Kind);
        Assert.StartsWith($"'{label}' is not a valid label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LabelAsync_VersionThatDoesNotExist_NotFoundAndNothingSet()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);

        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.LabelAsync("review-endpoint", 5, "production", PromptFixture.Ada, Ct));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Empty((await _fixture.Prompts.FindAsync("review-endpoint", Ct)).Labels);
    }

    [Fact]
    public async Task LabelAsync_UnknownPrompt_NotFound()
    {
        var error = await Assert.ThrowsAsync<BatonException>(() => _fixture.Prompts.LabelAsync("nope", 1, "production", PromptFixture.Ada, Ct));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
    }

    [Fact]
    public async Task VersionsAsync_TwoVersionsWithLabels_ListsOldestFirstWithTheirLabels()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);
        await _fixture.AddPromptAsync("review-endpoint", ReviewV2);
        await _fixture.Prompts.LabelAsync("review-endpoint", 1, "production", PromptFixture.Ada, Ct);
        await _fixture.Prompts.LabelAsync("review-endpoint", 2, "canary", PromptFixture.Ada, Ct);

        var (prompt, versions) = await _fixture.Prompts.VersionsAsync("review-endpoint", Ct);

        Assert.Equal(2, prompt.LatestVersion);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal(["production"], versions[0].Labels);
        Assert.Equal(["latest", "canary"], versions[1].Labels);
        Assert.Equal(PromptFixture.T0.AddSeconds(1), versions[0].At);
        Assert.Equal("Ada Lovelace <ada@example.com>", versions[1].Author.Name);
    }

    [Fact]
    public async Task GetAsync_Label_GivesTheTemplateAndItsDeclarations()
    {
        await _fixture.AddPromptAsync("review-endpoint", ReviewV1);
        await _fixture.Prompts.LabelAsync("review-endpoint", 1, "production", PromptFixture.Ada, Ct);

        var revision = await _fixture.Prompts.GetAsync("review-endpoint", label: "production", cancellationToken: Ct);

        Assert.Equal(1, revision.Version);
        Assert.Equal(["latest", "production"], revision.Labels);
        Assert.Equal("review-endpoint@1", revision.Template.Source);
        Assert.Equal([new PromptVariable("endpoint", true, null, null)], revision.Template.Variables);
    }
}
