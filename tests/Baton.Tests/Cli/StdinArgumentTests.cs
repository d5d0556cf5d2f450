using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli;

/// <summary>A bare <c>-</c> means stdin wherever a command takes a file or a body, although the parser has no such token.</summary>
public sealed class StdinArgumentTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly CliRunner _baton;

    public StdinArgumentTests() => _baton = new CliRunner(_temp.Path);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AddBodyDash_ReadsStdin()
    {
        Assert.Equal(0, (await _baton.RunAsync("init", "--here")).ExitCode);

        var added = await _baton.RunWithInputAsync("from stdin", "add", "note", "--title", "t", "--body", "-");

        Assert.Equal(0, added.ExitCode);
        Assert.Contains("from stdin", (await _baton.RunAsync("search", "stdin")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreDash_ReadsStdin()
    {
        Assert.Equal(0, (await _baton.RunAsync("init", "--here")).ExitCode);

        var restored = await _baton.RunWithInputAsync("plain text\n", "restore", "-");

        Assert.Equal(0, restored.ExitCode);
        Assert.Equal("plain text\n", restored.Out);
    }
}
