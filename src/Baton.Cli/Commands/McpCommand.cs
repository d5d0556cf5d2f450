using System.ComponentModel;
using Baton.Cli.Infrastructure;
using Baton.Cli.Mcp;
using Baton.Prompts;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;
using Spectre.Console.Cli;

namespace Baton.Cli.Commands;

/// <summary>
/// <c>baton mcp</c>: serves the workspace's library to an AI assistant over MCP on stdio until the client closes
/// stdin. stdout carries only the protocol; logs go to stderr.
/// </summary>
internal sealed class McpCommand(CliEnvironment environment) : BatonCommand<McpCommand.Settings>(environment)
{
    internal sealed class Settings : GlobalSettings
    {
        [CommandOption("--target <NAME>")]
        [Description("The privacy target every answer passes: external-ai (default), team or local (see docs/privacy.md)")]
        public string? Target { get; init; }
    }

    protected override bool ServesRequests => true;

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenAsync(settings, cancellationToken);
        var boundary = await session.OpenBoundaryAsync(settings.Target, cancellationToken);
        var target = boundary.Target;
        using var mcp = new McpSession(session.Workspace, session.Library, PromptLimits.For(session.Config), boundary, Environment.Variable, session.Config);

        using var loggers = LoggerFactory.Create(logging => logging
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
            .AddSimpleConsole(format => format.SingleLine = true)
            .SetMinimumLevel(settings.Verbose ? LogLevel.Debug : LogLevel.Information)
            .AddFilter("ModelContextProtocol", settings.Verbose ? LogLevel.Debug : LogLevel.Warning));
        McpLog.Serving(loggers.CreateLogger("Baton.Mcp"), session.Workspace.Root, target.Name);

        await using var transport = new StdioServerTransport("baton", loggers);
        await using var server = BatonMcpServer.Create(mcp, transport, loggers);
        await server.RunAsync(cancellationToken);
        return ExitCodes.Ok;
    }
}
