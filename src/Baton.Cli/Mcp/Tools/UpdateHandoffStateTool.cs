using Baton.Handoffs;
using Baton.Library;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary>
/// <c>update_handoff_state</c>: moves a handoff by a transition verb, as actor <c>ai</c>. Transitions are checked and
/// review gates apply as for anyone: a blocked gate comes back as an error naming the approvals still missing.
/// </summary>
internal sealed class UpdateHandoffStateTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public override string Name => "update_handoff_state";

    protected override string Title => "Move a handoff to its next state";

    protected override string Description =>
        "Move a handoff along its lifecycle with a verb: open (draft → open), accept, start (work begins, or resumes after " +
        "changes were requested or a block), deliver, done, block, cancel, reopen. Transitions that are not allowed from the " +
        "current state are refused with what to do instead. The project's review policies apply to you as to anyone: e.g. a " +
        "handoff written by AI may need a person's approval before it opens; then the error says which approvals are missing, " +
        "and a person gives them with `baton review approve H-N`. You act as AI with your client's name.";

    protected override bool ReadOnly => false;

    protected override string? NotFoundHint => "list_handoffs lists the handoffs there are";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("handoff", "The handoff's reference, e.g. H-3", required: true),
        ToolParameter.Text("verb", "open, accept, start, deliver, done, block, cancel or reopen", required: true),
        ToolParameter.Text("reason", "Why (recorded in the event log), e.g. what blocks it"),
        ToolParameter.Text("model", "The model you are (recorded as who acted)"),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var source = await Session.SourceAsync(server.ClientInfo, arguments.Text("model"), null, null, cancellationToken);
        var handoff = await Session.Handoffs.TransitionAsync(arguments.Text("handoff")!, arguments.Text("verb")!.Trim(),
            RevisionAuthor.From(source), arguments.Text("reason"), cancellationToken);
        return HandoffView.Summary(Session, handoff)
            .Number("revision", handoff.Revision)
            .Text("note", Session.Pass($"{handoff.Ref} is now {handoff.State.Name()}"));
    }
}
