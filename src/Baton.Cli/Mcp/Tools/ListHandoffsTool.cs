using Baton.Handoffs;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>list_handoffs</c>: handoffs newest first, filtered by state and receiver, a page at a time.</summary>
internal sealed class ListHandoffsTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public override string Name => "list_handoffs";

    protected override string Title => "List handoffs";

    protected override string Description =>
        "List this project's handoffs (work passed between people and AI tools), newest first, a page at a time (limit, offset; " +
        "nextOffset says where the next page starts): ref, title, state, from, to, template, due. Filter by state (draft, open, " +
        "accepted, in_progress, delivered, done, changes_requested, blocked, cancelled) and by receiver (to). Read one with get_handoff.";

    protected override bool ReadOnly => true;

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.List("state", "Only handoffs in these states, e.g. [\"open\", \"in_progress\"]"),
        ToolParameter.Text("to", "Only handoffs addressed to this person, role or AI tool, e.g. qa"),
        ToolParameter.Number("limit", $"Handoffs per page (default {DefaultLimit})", 1, MaxLimit),
        ToolParameter.Number("offset", "How many to skip: the nextOffset of the previous page (default 0)", 0, 100_000),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var limit = arguments.Number("limit") ?? DefaultLimit;
        var offset = arguments.Number("offset") ?? 0;
        var states = arguments.List("state") is { Count: > 0 } given ? given.Select(HandoffStates.Parse).ToList() : null;
        var all = await Session.Library.Store.ListHandoffsAsync(new HandoffFilter(states, arguments.Text("to"), offset + limit + 1), cancellationToken);
        var page = all.Skip(offset).Take(limit).ToList();
        var more = all.Count > offset + limit;
        var answer = new Answer()
            .Objects("handoffs", page.Select(h => HandoffView.Summary(Session, h)))
            .Number("offset", offset)
            .Number("nextOffset", more ? offset + limit : null);
        return page.Count == 0
            ? answer.Text("note", Session.Pass(offset == 0 ? "no handoffs match; try without filters" : "no more handoffs"))
            : more ? answer.Text("note", Session.Pass($"more handoffs: call list_handoffs again with offset={offset + limit}")) : answer;
    }
}
