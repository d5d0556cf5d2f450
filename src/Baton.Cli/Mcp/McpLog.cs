using Microsoft.Extensions.Logging;

namespace Baton.Cli.Mcp;

/// <summary>What <c>baton mcp</c> logs, on stderr only (stdout carries the protocol). Never an item's content.</summary>
internal static partial class McpLog
{
    [LoggerMessage(1, LogLevel.Information, "baton mcp: serving {Workspace} through the '{Target}' privacy boundary on stdio")]
    public static partial void Serving(ILogger logger, string workspace, string target);

    [LoggerMessage(2, LogLevel.Debug, "{Tool}: refused ({Kind})")]
    public static partial void ToolRefused(ILogger logger, string tool, ErrorKind kind);

    [LoggerMessage(3, LogLevel.Error, "{Tool}: internal error")]
    public static partial void ToolFailed(ILogger logger, string tool, Exception exception);

    [LoggerMessage(4, LogLevel.Error, "{Request}: internal error")]
    public static partial void RequestFailed(ILogger logger, string request, Exception exception);
}
