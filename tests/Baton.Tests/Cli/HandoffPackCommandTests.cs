using System.Text.Json;
using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary><c>baton handoff pack</c> and <c>handoff show --markdown</c>: the handoff's text as content leaving Baton, through a boundary.</summary>
public sealed class HandoffPackCommandTests : IDisposable
{
    private const string Token = "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";

    /// <summary>The token's tail: Markdown escapes the underscore, so the whole token is no proof of absence.</summary>
    private const string TokenTail = "R7kLq2ZpX9vT4mWc8NbJ3hYd6FsG1a2EN0hm";

    private const string Email = "dana.ortiz@acme-corp.io";

    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public HandoffPackCommandTests()
    {
        _baton = new CliRunner(_temp.Path);
        GitRepo.Init(_temp.Path);
        File.WriteAllText(_temp.Combine("Api.cs"), "class Api {}\n");
        GitRepo.Commit(_temp.Path, "first");
    }

    public void Dispose() => _temp.Dispose();

    private async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await _baton.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task CreateAsync(string intent = "Test the retry path")
    {
        await OkAsync("init");
        await OkAsync("handoff", "create", "--template", "dev-to-qa", "--title", "Retry payments", "--intent", intent,
            "--criterion", "A retried payment charges once", "--criterion", "Timeouts are logged");
    }

    private async Task<string?> PackIdAsync() =>
        JsonDocument.Parse((await OkAsync("handoff", "show", "H-1", "--json")).Out).RootElement.TryGetProperty("pack", out var pack)
        && pack.TryGetProperty("id", out var id) ? id.GetString() : null;

    [Fact]
    public async Task Pack_PutsTheHandoffFirstAndAttachesThePack()
    {
        await CreateAsync();

        var result = await OkAsync("handoff", "pack", "H-1", "--out", "h1.md", "--json");

        var pack = File.ReadAllText(_temp.Combine("h1.md"));
        Assert.Contains("Test the retry path", pack, StringComparison.Ordinal);
        Assert.Contains("A retried payment charges once", pack, StringComparison.Ordinal);
        Assert.True(pack.IndexOf("Retry payments", StringComparison.Ordinal) < pack.IndexOf("class Api", StringComparison.Ordinal) || !pack.Contains("class Api", StringComparison.Ordinal));
        var summary = JsonDocument.Parse(result.Out).RootElement;
        var id = await PackIdAsync();
        Assert.NotNull(id);
        Assert.Contains(summary.GetProperty("id").GetString()!, id!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_RedactsASecretInTheHandoffText()
    {
        await CreateAsync("Deploy with " + Token + " then ask " + Email);

        await OkAsync("handoff", "pack", "H-1", "--target", "external-ai", "--out", "h1.md");

        var pack = File.ReadAllText(_temp.Combine("h1.md"));
        Assert.Contains("Deploy with", pack, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenTail, pack, StringComparison.Ordinal);
        Assert.DoesNotContain("ortiz", pack, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_TemplateTargetTeam_StillRedactsTheSecret()
    {
        await CreateAsync("Deploy with " + Token + " then ask " + Email);

        await OkAsync("handoff", "pack", "H-1", "--out", "h1.md");

        Assert.DoesNotContain(TokenTail, File.ReadAllText(_temp.Combine("h1.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Repack_WithDifferentContent_DismissesAnApproval()
    {
        await CreateAsync();
        await OkAsync("handoff", "pack", "H-1", "--out", "h1.md");
        var first = await PackIdAsync();
        await OkAsync("review", "approve", "H-1", "--as", "carol");
        File.WriteAllText(_temp.Combine("Api.cs"), "class Api { int Retries = 3; }\n");

        var again = await OkAsync("handoff", "pack", "H-1", "--out", "h1.md");

        Assert.NotEqual(first, await PackIdAsync());
        Assert.Contains("attached pack", again.Error, StringComparison.Ordinal);
        Assert.Contains("1 standing approval was dismissed", again.Error, StringComparison.Ordinal);
        var events = JsonDocument.Parse((await OkAsync("audit", "log", "--handoff", "H-1", "--json")).Out).RootElement.EnumerateArray().ToList();
        Assert.Equal("review.dismissed", events[^1].GetProperty("kind").GetString());
        Assert.Contains("attached pack changed", events[^1].GetProperty("data").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pack_BudgetTooSmallForTheHandoff_Exits2WithTheTokensNeeded()
    {
        await CreateAsync();

        var result = await _baton.RunAsync("handoff", "pack", "H-1", "--budget", "10", "--out", "h1.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Matches("needs [0-9]+ tokens", result.Error);
        Assert.Null(await PackIdAsync());
        Assert.False(File.Exists(_temp.Combine("h1.md")));
    }

    [Fact]
    public async Task ShowMarkdown_RedactsASecretInTheIntent()
    {
        await CreateAsync("Deploy with " + Token + " then ask " + Email);

        var md = (await OkAsync("handoff", "show", "H-1", "--markdown")).Out;

        Assert.Contains("Deploy with", md, StringComparison.Ordinal);
        Assert.DoesNotContain(TokenTail, md, StringComparison.Ordinal);
        Assert.DoesNotContain("dana.ortiz", md, StringComparison.Ordinal);
        Assert.DoesNotContain("dana\\.ortiz", md, StringComparison.Ordinal);
        Assert.Contains(Token, (await OkAsync("handoff", "show", "H-1")).Out, StringComparison.Ordinal);
    }
}
