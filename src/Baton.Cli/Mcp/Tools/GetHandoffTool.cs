using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>get_handoff</c>: one handoff with its text, version refs, pack, items, reviews, feedback and what it waits for.</summary>
internal sealed class GetHandoffTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public override string Name => "get_handoff";

    protected override string Title => "Read a handoff";

    protected override string Description =>
        "Read one handoff by its reference (H-3): title, state, who it is from and to, intent, acceptance criteria, next steps, " +
        "open questions, risks, constraints, version refs (repo, branch, base and head commit), the attached pack and items, reviews, " +
        "feedback, and waitingFor (the approvals a review gate still needs before a transition). Attached items and feedback this " +
        "client may not see are only counted (withheld). Secrets appear as [REDACTED:rule], personal data as <EMAIL_1>-style placeholders.";

    protected override bool ReadOnly => true;

    protected override string? NotFoundHint => "list_handoffs lists the handoffs there are";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("handoff", "The handoff's reference, e.g. H-3 (or 3)", required: true),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var handoff = await Session.Handoffs.GetAsync(arguments.Text("handoff")!, cancellationToken);
        return await HandoffView.FullAsync(Session, handoff, cancellationToken);
    }
}
