using Baton.Cli.Mcp.Tools;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp;

/// <summary>
/// The MCP server of <c>baton mcp</c>: tools, item resources and library prompts over one session's library and
/// boundary, on any transport (stdio in the command, in-memory streams in tests).
/// </summary>
internal static class BatonMcpServer
{
    public const string Instructions =
        "Baton is this project's context library: notes, decisions, docs, snippets and prompt templates that people and AI tools " +
        "saved while working, each with a source label saying who or what wrote it. Search it before you decide or change " +
        "something (search, then get_item), and save what you learn or decide (save_note, save_decision) so the team and later " +
        "sessions keep it. Use the team's prompt templates with list_prompts and render_prompt. Build context packs with build_pack. " +
        "Work passes between people and AI tools as handoffs: read them (list_handoffs, get_handoff, list_inbox), hand work on " +
        "(create_handoff, update_handoff_state; review policies may need a person's approval) and give feedback (add_feedback). Everything you read has passed " +
        "a privacy boundary: secrets appear as [REDACTED:rule], personal data as placeholders such as <EMAIL_1> (the same value " +
        "keeps its placeholder for this session), and items you may not see are left out and only counted. Long answers come " +
        "in parts: follow nextOffset.";

    public static McpServer Create(McpSession session, ITransport transport, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("Baton.Mcp");
        var resources = new ItemResources(session);
        var prompts = new LibraryPrompts(session);
        var tools = new McpServerPrimitiveCollection<McpServerTool>();
        foreach (var tool in Tools(session, logger))
            tools.Add(tool);

        var options = new McpServerOptions
        {
            ServerInfo = new Implementation
            {
                Name = "baton",
                Title = "Baton context library",
                Version = typeof(BatonMcpServer).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            },
            ServerInstructions = Instructions,
            Capabilities = new ServerCapabilities { Tools = new(), Resources = new(), Prompts = new() },
            ToolCollection = tools,
            Handlers = new McpServerHandlers
            {
                ListResourceTemplatesHandler = Guarded<ListResourceTemplatesRequestParams, ListResourceTemplatesResult>(session, logger, "resources/templates/list", ItemResources.ListTemplatesAsync),
                ListResourcesHandler = Guarded<ListResourcesRequestParams, ListResourcesResult>(session, logger, "resources/list", resources.ListAsync),
                ReadResourceHandler = Guarded<ReadResourceRequestParams, ReadResourceResult>(session, logger, "resources/read", resources.ReadAsync),
                ListPromptsHandler = Guarded<ListPromptsRequestParams, ListPromptsResult>(session, logger, "prompts/list", prompts.ListAsync),
                GetPromptHandler = Guarded<GetPromptRequestParams, GetPromptResult>(session, logger, "prompts/get", prompts.GetAsync),
            },
        };
        return McpServer.Create(transport, options, loggers);
    }

    public static IReadOnlyList<BatonTool> Tools(McpSession session, ILogger logger) =>
    [
        new SearchTool(session, logger),
        new GetItemTool(session, logger),
        new SaveNoteTool(session, logger),
        new SaveDecisionTool(session, logger),
        new ListPromptsTool(session, logger),
        new RenderPromptTool(session, logger),
        new BuildPackTool(session, logger),
        new GetHandoffTool(session, logger),
        new ListHandoffsTool(session, logger),
        new CreateHandoffTool(session, logger),
        new UpdateHandoffStateTool(session, logger),
        new AddFeedbackTool(session, logger),
        new ListInboxTool(session, logger),
    ];

    /// <summary>
    /// A request handler whose failures reach the client as a protocol error with Baton's message (passed through the
    /// boundary) or, for a bug, a generic one; the details of a bug go to stderr only.
    /// </summary>
    private static McpRequestHandler<TParams, TResult> Guarded<TParams, TResult>(
        McpSession session, ILogger logger, string name, McpRequestHandler<TParams, TResult> handler) =>
        async (request, cancellationToken) =>
        {
            try
            {
                return await session.SerializedAsync(async () => await handler(request, cancellationToken), cancellationToken);
            }
            catch (BatonException e)
            {
                var code = e.Kind == ErrorKind.NotFound && name.StartsWith("resources/", StringComparison.Ordinal)
                    ? McpErrorCode.ResourceNotFound
                    : McpErrorCode.InvalidParams;
                throw new McpProtocolException((await session.PassAloneAsync(e.Message, CancellationToken.None)).Text, code);
            }
            catch (Exception e) when (e is not OperationCanceledException and not McpException)
            {
                McpLog.RequestFailed(logger, name, e);
                throw new McpProtocolException($"{name} failed inside baton (an internal error, logged on the server's stderr)", McpErrorCode.InternalError);
            }
        };
}
