using Baton.Tests.TestSupport;

namespace Baton.Tests.Cli.Mcp;

/// <summary><c>baton mcp</c>'s own checks, which fail on the command line before any protocol starts.</summary>
public sealed class McpCommandTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Mcp_UnknownTarget_ExitsTwoNamingTheKnownOnes()
    {
        var cli = new CliRunner(_temp.Path);
        await cli.RunAsync("init", "--here");

        var result = await cli.RunAsync("mcp", "--target", "everyone");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("unknown privacy target 'everyone'; known targets: external-ai, team, local", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mcp_NoWorkspace_ExitsTwoBeforeServing()
    {
        var result = await new CliRunner(_temp.Path).RunAsync("mcp");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Out);
        Assert.Contains("baton init", result.Error, StringComparison.Ordinal);
    }
}
