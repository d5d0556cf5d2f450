using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp;

/// <summary>
/// A tool of <c>baton mcp</c>. A tool gets checked arguments and can only answer with an <see cref="Answer"/> (whose
/// texts have passed the boundary); this base turns it into the protocol's result, and turns every failure into an
/// error result the assistant can act on: Baton's own message (passed through the boundary too, since it may quote
/// stored text) with the tool's hint, never a stack trace. The server keeps serving after any failure.
/// </summary>
internal abstract class BatonTool(McpSession session, ILogger logger) : McpServerTool
{
    private Tool? _protocolTool;

    protected McpSession Session => session;

    public abstract string Name { get; }

    protected abstract string Title { get; }

    protected abstract string Description { get; }

    protected abstract IReadOnlyList<ToolParameter> Parameters { get; }

    /// <summary>What to try instead when something named is not found (appended to not-found errors).</summary>
    protected virtual string? NotFoundHint => null;

    /// <summary>Read-only tools change nothing; the others add to the library (never overwrite or delete).</summary>
    protected abstract bool ReadOnly { get; }

    public override Tool ProtocolTool => _protocolTool ??= new Tool
    {
        Name = Name,
        Title = Title,
        Description = Description,
        InputSchema = ToolArguments.Schema(Parameters),
        Annotations = new ToolAnnotations
        {
            Title = Title,
            ReadOnlyHint = ReadOnly,
            DestructiveHint = false,
            IdempotentHint = ReadOnly,
            OpenWorldHint = false,
        },
    };

    public override IReadOnlyList<object> Metadata => [];

    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        try
        {
            var arguments = ToolArguments.Read(Name, Parameters, request.Params?.Arguments);
            var answer = await session.SerializedAsync(() => RunAsync(arguments, request.Server, cancellationToken), cancellationToken);
            return new CallToolResult { Content = [new TextContentBlock { Text = answer.ToJson(session.Boundary).Text }] };
        }
        catch (BatonException e)
        {
            McpLog.ToolRefused(logger, Name, e.Kind);
            var hint = e.Kind == ErrorKind.NotFound && NotFoundHint is { } h ? $" ({h})" : "";
            return Error(session.Pass(e.Message + hint).Text);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // a tool's bug must not end the server; the assistant gets a safe message, stderr the details
        catch (Exception e)
#pragma warning restore CA1031
        {
            McpLog.ToolFailed(logger, Name, e);
            return Error($"{Name} failed inside baton (an internal error, logged on the server's stderr); try again, or use another tool");
        }
    }

    protected abstract Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken);

    private static CallToolResult Error(string message) => new() { IsError = true, Content = [new TextContentBlock { Text = message }] };
}
