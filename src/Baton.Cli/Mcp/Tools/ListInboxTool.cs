using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>list_inbox</c>: what waits for a person or role: handoffs addressed to them, reviews requested, feedback on their handoffs.</summary>
internal sealed class ListInboxTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public const int DefaultLimit = 20;

    public override string Name => "list_inbox";

    protected override string Title => "List what waits for someone";

    protected override string Description =>
        "List what waits for a person or role (as): handoffs addressed to them, reviews their role is asked for, and feedback on " +
        "handoffs they wrote, each with why and references that resolve (H-3, item ids, path:line@commit). A page at a time " +
        "(limit, offset; nextOffset). Read a handoff with get_handoff.";

    protected override bool ReadOnly => true;

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("as", "Whose inbox: a name or email as in git config, a role from baton.yaml (qa, reviewer), or an AI tool's name", required: true),
        ToolParameter.Number("limit", $"Entries per page (default {DefaultLimit})", 1, 100),
        ToolParameter.Number("offset", "How many to skip: the nextOffset of the previous page (default 0)", 0, 100_000),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var limit = arguments.Number("limit") ?? DefaultLimit;
        var offset = arguments.Number("offset") ?? 0;
        var entries = new List<Handoffs.InboxEntry>();
        var withheld = 0;
        foreach (var entry in await Session.Handoffs.InboxAsync(arguments.Text("as")!, cancellationToken))
        {
            // Feedback the target may not see (its title is in the entry) is only counted.
            if (entry.Kind == "feedback" && await Session.Library.Store.FindItemAsync(entry.References[0], cancellationToken) is { } item && !Session.Admit(item))
                withheld++;
            else
                entries.Add(entry);
        }

        var page = entries.Skip(offset).Take(limit).Select(e => new Answer()
            .Text("kind", Session.Pass(e.Kind))
            .Text("why", Session.Pass(e.Why))
            .Texts("references", e.References.Select(Session.Pass))
            .Object("handoff", HandoffView.Summary(Session, e.Handoff))).ToList();
        var more = entries.Count > offset + limit;
        var answer = new Answer()
            .Objects("entries", page)
            .Number("offset", offset)
            .Number("nextOffset", more ? offset + limit : null)
            .Number("withheld", withheld == 0 ? null : withheld);
        return page.Count == 0 ? answer.Text("note", Session.Pass(offset == 0 ? "nothing waits" : "no more entries")) : answer;
    }
}
