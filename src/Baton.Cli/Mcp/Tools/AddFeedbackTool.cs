using Baton.Handoffs;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>add_feedback</c>: a feedback item linked to a handoff and, when given, to an item or a file and line range.</summary>
internal sealed class AddFeedbackTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public override string Name => "add_feedback";

    protected override string Title => "Give feedback on a handoff";

    protected override string Description =>
        "Give feedback on a handoff (a finding, a failing case, a question), optionally on a library item (its id) or on a file " +
        "and lines (src/Api.cs:42 or src/Api.cs:40-48, recorded with the current commit). It is saved as a feedback item labelled " +
        "as written by AI with your client's name, linked to the handoff, and shows in the author's inbox. Returns its id.";

    protected override bool ReadOnly => false;

    protected override string? NotFoundHint => "list_handoffs lists the handoffs there are; search finds item ids";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("handoff", "The handoff's reference, e.g. H-3", required: true),
        ToolParameter.Text("body", "The feedback, in Markdown", required: true),
        ToolParameter.Text("title", "A one-line title (default: the body's first line)"),
        ToolParameter.Text("on", "What it is about: an item id, or PATH:LINE / PATH:START-END"),
        ToolParameter.Text("model", "The model you are (recorded in the source label)"),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var source = await Session.SourceAsync(server.ClientInfo, arguments.Text("model"), null, null, cancellationToken);
        var (feedback, handoff) = await Session.Handoffs.FeedbackAsync(arguments.Text("handoff")!, arguments.Text("body")!,
            arguments.Text("title"), arguments.Text("on"), source, cancellationToken);
        return new Answer()
            .Text("id", Session.Pass(feedback.Id))
            .Text("handoff", Session.Pass(handoff.Ref))
            .Text("state", Session.Pass(handoff.State.Name()))
            .Text("title", Session.Admit(feedback) ? Session.Pass(feedback.Title) : null)
            .Text("note", Session.Pass($"saved feedback {feedback.Id} on {handoff.Ref}"));
    }
}
