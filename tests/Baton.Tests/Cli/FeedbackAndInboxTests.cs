using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary>QA's feedback tied to a handoff, an item and a line, and the inbox that routes it back.</summary>
public sealed class FeedbackAndInboxTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;
    private string _head = "";

    public FeedbackAndInboxTests()
    {
        _baton = new CliRunner(_temp.Path);
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("Api.cs"), "a\nb\nc\n");
        _head = GitRepo.Commit(_temp.Path, "first");
    }

    public void Dispose() => _temp.Dispose();

    private async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await _baton.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<JsonElement[]> InboxAsync(string? who = null)
    {
        var result = await OkAsync(who is null ? ["inbox", "--json"] : ["inbox", "--as", who, "--json"]);
        return [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray()];
    }

    private async Task SetUpAsync()
    {
        Assert.Equal(0, (await _baton.RunAsync("init")).ExitCode);
        File.AppendAllText(_temp.Combine(".baton/baton.yaml"), """

            roles:
              qa: [carol]
              qa-lead: [carol]
            handoffs:
              policies:
                - before: done
                  require: {qa-lead: 1}
            """);
        await OkAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Retry payments", "--intent", "Test retries", "--criterion", "charges once", "--open");
    }

    [Fact]
    public async Task Feedback_OnALine_IsAFeedbackItemAnchoredAtTheHandoffsHead()
    {
        await SetUpAsync();

        var item = JsonDocument.Parse((await OkAsync("feedback", "add", "H-1", "--as", "carol", "--on", "Api.cs:2-3", "--body", "Double charge on timeout", "--json")).Out).RootElement;

        Assert.Equal("feedback", item.GetProperty("kind").GetString());
        var source = item.GetProperty("source");
        Assert.Equal("Api.cs", source.GetProperty("path").GetString());
        Assert.Equal(2, source.GetProperty("lines").GetProperty("start").GetInt32());
        Assert.Equal(_head, source.GetProperty("commit").GetString());
        Assert.Equal("carol", source.GetProperty("name").GetString());
        var events = JsonDocument.Parse((await OkAsync("audit", "log", "--handoff", "H-1", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal("handoff.feedback", events[^1].GetProperty("kind").GetString());
        Assert.Contains($"Api.cs:2-3@{_head}", events[^1].GetProperty("data").GetString(), StringComparison.Ordinal);
        Assert.Contains(item.GetProperty("id").GetString()!, (await OkAsync("handoff", "show", "H-1")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_OnAnItem_LinksToIt()
    {
        await SetUpAsync();
        var note = JsonDocument.Parse((await OkAsync("add", "note", "--title", "Design", "--body", "backoff", "--json")).Out).RootElement.GetProperty("id").GetString()!;

        var item = JsonDocument.Parse((await OkAsync("feedback", "add", "H-1", "--on", note[..8], "--body", "No backoff in the code", "--json")).Out).RootElement;

        var link = Assert.Single(item.GetProperty("links").EnumerateArray());
        Assert.Equal(("out", "references", note), (link.GetProperty("direction").GetString(), link.GetProperty("type").GetString(), link.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Feedback_BadInput_WritesNothing()
    {
        await SetUpAsync();

        var unknown = await _baton.RunAsync("feedback", "add", "H-9", "--body", "x");
        var empty = await _baton.RunAsync("feedback", "add", "H-1", "--body", "");
        var badOn = await _baton.RunAsync("feedback", "add", "H-1", "--on", "Api.cs:0", "--body", "x");

        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, empty.ExitCode);
        Assert.Equal(2, badOn.ExitCode);
        Assert.Equal("[]", (await OkAsync("list", "--kind", "feedback", "--json")).Out.Trim());
    }

    [Fact]
    public async Task Inbox_RoutesTheHandoffToQaThenTheApprovalThenFeedbackBackToTheAuthor()
    {
        await SetUpAsync();

        var qaFirst = await InboxAsync("carol");
        await OkAsync("handoff", "accept", "H-1", "--as", "carol");
        await OkAsync("handoff", "start", "H-1", "--as", "carol");
        await OkAsync("feedback", "add", "H-1", "--as", "carol", "--on", "Api.cs:2", "--body", "Double charge on timeout");
        await OkAsync("handoff", "deliver", "H-1", "--as", "carol");
        var qaThen = await InboxAsync("carol");
        await OkAsync("review", "request-changes", "H-1", "--as", "carol", "-m", "see feedback");
        var author = await InboxAsync();
        var stranger = await InboxAsync("dave");

        Assert.Equal(("handoff", "H-1"), (qaFirst.Single().GetProperty("kind").GetString(), qaFirst.Single().GetProperty("handoff").GetString()));
        Assert.Contains("qa (your role)", qaFirst.Single().GetProperty("why").GetString(), StringComparison.Ordinal);
        Assert.Equal("review", qaThen.Single().GetProperty("kind").GetString());
        Assert.Equal(["changes", "feedback"], author.Select(e => e.GetProperty("kind").GetString()));
        Assert.Contains($"Api.cs:2@{_head[..12]}", author[1].GetProperty("references").EnumerateArray().Select(r => r.GetString()));
        Assert.Empty(stranger);
    }
}
