using Baton.Handoffs;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary>
/// <c>create_handoff</c>: a new handoff written like <c>baton handoff create</c> (checked against the schema, one
/// transaction with its event), from actor <c>ai</c> with the client's source label; a template's required fields
/// are all named when missing. It starts as a draft: review policies decide when it may open.
/// </summary>
internal sealed class CreateHandoffTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public override string Name => "create_handoff";

    protected override string Title => "Create a handoff";

    protected override string Description =>
        "Hand work on to a person, role or another AI tool: create a handoff (a draft) with its title, intent, acceptance criteria, " +
        "next steps, open questions, risks and constraints; version refs (repo, branch, head commit) are captured from git. A " +
        "template (dev-to-qa, dev-to-ai, ai-to-dev, qa-to-dev or one of the project's) says which fields are required and who it " +
        "goes to by default; a missing field is named in the error. It is recorded as written by AI with your client's name. Open it " +
        "with update_handoff_state (verb open): the project's review policies may require a person's approval first.";

    protected override bool ReadOnly => false;

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("template", "The kind of handoff: dev-to-qa, dev-to-ai, ai-to-dev, qa-to-dev, or one from baton.yaml"),
        ToolParameter.Text("title", "A one-line title"),
        ToolParameter.Text("to", "Who receives it: a person, a role (qa) or an AI tool (default: the template's)"),
        ToolParameter.Text("intent", "What the work is for and what the receiver should do, in Markdown"),
        ToolParameter.List("acceptance_criteria", "How the receiver knows it is done, one criterion each"),
        ToolParameter.List("next_steps", "What to do next, one step each"),
        ToolParameter.List("open_questions", "What is still undecided"),
        ToolParameter.List("risks", "What could go wrong"),
        ToolParameter.List("constraints", "What must hold (APIs not to change, limits)"),
        ToolParameter.List("items", "Library item ids to attach"),
        ToolParameter.List("labels", "Labels"),
        ToolParameter.Text("due", "A due date, YYYY-MM-DD"),
        ToolParameter.Text("base", "A git ref the work started from, e.g. main"),
        ToolParameter.Text("model", "The model you are (recorded in the source label)"),
        ToolParameter.Text("prompt", "The prompt that led to this, e.g. a library prompt name@version"),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var service = Session.Handoffs;
        var draft = service.WithDefaults(new HandoffDraft
        {
            Template = arguments.Text("template"),
            Title = arguments.Text("title"),
            To = arguments.Text("to"),
            Intent = arguments.Text("intent"),
            AcceptanceCriteria = arguments.List("acceptance_criteria"),
            NextSteps = arguments.List("next_steps"),
            OpenQuestions = arguments.List("open_questions"),
            Risks = arguments.List("risks"),
            Constraints = arguments.List("constraints"),
            Items = arguments.List("items"),
            Labels = arguments.List("labels"),
            Due = arguments.Text("due"),
            Base = arguments.Text("base"),
        });
        if (service.MissingFields(draft) is { Count: > 0 } missing)
            throw BatonErrors.McpMissingHandoffFields(service.TemplateOf(draft)?.Name, missing);

        var source = await Session.SourceAsync(server.ClientInfo, arguments.Text("model"), arguments.Text("prompt"), null, cancellationToken);
        var handoff = await service.CreateAsync(draft, source, Session.Workspace.Root, cancellationToken);
        return HandoffView.Summary(Session, handoff)
            .Text("note", Session.Pass($"created {handoff.Ref} as a draft; open it with update_handoff_state handoff={handoff.Ref} verb=open"));
    }
}
