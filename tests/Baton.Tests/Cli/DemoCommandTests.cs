using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Demo_WalksTheScenario_AndLeavesAWorkspaceToExplore()
    {
        var baton = new CliRunner(_temp.Path);
        var tour = _temp.Combine("tour");

        var demo = await baton.RunAsync("demo", "--dir", tour);

        Assert.True(demo.ExitCode == 0, demo.ToString());
        Assert.Contains("## API spec: Payments API spec", demo.Out, StringComparison.Ordinal);
        Assert.Contains($"cd {tour}", demo.Out, StringComparison.Ordinal);

        baton.Directory = tour;
        var items = JsonDocument.Parse((await baton.RunAsync("list", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["decision", "doc", "doc", "feedback", "note", "prompt", "snippet"], items.Select(i => i.GetProperty("kind").GetString()).Order());
        var note = items.Single(i => i.GetProperty("kind").GetString() == "note");
        Assert.Equal(2, note.GetProperty("revision").GetInt32());
        Assert.Equal("claude-code", note.GetProperty("source").GetProperty("tool").GetString());
        Assert.Equal("new-endpoint@1", note.GetProperty("source").GetProperty("prompt").GetString());
        Assert.Equal(40, note.GetProperty("source").GetProperty("commit").GetString()!.Length);
        var snippet = items.Single(i => i.GetProperty("kind").GetString() == "snippet");
        Assert.Equal("src/Payments/RefundsController.cs", snippet.GetProperty("anchor").GetProperty("path").GetString());
        var shortId = note.GetProperty("shortId").GetString()!;
        Assert.Contains($"baton show {shortId} ", demo.Out, StringComparison.Ordinal);
        Assert.Equal(0, (await baton.RunAsync("search", "idempotency")).ExitCode);
        var handoff = JsonDocument.Parse((await baton.RunAsync("handoff", "show", "H-1", "--json")).Out).RootElement;
        Assert.Equal("changes_requested", handoff.GetProperty("state").GetString());
        Assert.Equal(3, handoff.GetProperty("items").GetArrayLength());
        var inbox = JsonDocument.Parse((await baton.RunAsync("inbox", "--as", "Sam (developer)", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["changes", "feedback"], inbox.Select(e => e.GetProperty("kind").GetString()));
        Assert.Contains("src/Payments/RefundsController.cs:12@", inbox[1].GetProperty("references")[1].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await baton.RunAsync("audit", "verify")).ExitCode);
        var pack = await File.ReadAllTextAsync(Path.Combine(tour, "pack.md"), TestContext.Current.CancellationToken);
        Assert.Contains("STRIPE_SECRET_KEY=[REDACTED:stripe-key]", pack, StringComparison.Ordinal);
        Assert.DoesNotContain("northwind-traders.com", pack, StringComparison.Ordinal);
        Assert.Contains("restored: I will tell dana.whitfield@northwind-traders.com", demo.Out, StringComparison.Ordinal);
        var packs = JsonDocument.Parse((await baton.RunAsync("pack", "list", "--json")).Out).RootElement;
        Assert.Equal(packs[0].GetProperty("id").GetString(), handoff.GetProperty("pack").GetProperty("id").GetString());
        Assert.False(Directory.Exists(Path.Combine(tour, ".xdg-data")), "the vault key must not be inside the demo repository");
    }

    [Fact]
    public async Task Demo_IntoANonEmptyFolder_RefusesAndTouchesNothing()
    {
        File.WriteAllText(_temp.Combine("keep.txt"), "mine");
        var baton = new CliRunner(_temp.Path);

        var demo = await baton.RunAsync("demo", "--dir", _temp.Path);

        Assert.Equal(2, demo.ExitCode);
        Assert.Contains("not empty", demo.Error, StringComparison.Ordinal);
        Assert.Equal(["keep.txt"], Directory.EnumerateFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }
}
