using Baton.Prompts;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>list_prompts</c>: the team's prompt templates, with their labels and the variables each one takes.</summary>
internal sealed class ListPromptsTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;

    public override string Name => "list_prompts";

    protected override string Title => "List the prompt library";

    protected override string Description =>
        "List the team's versioned prompt templates: name, title, description, latest version, labels (such as production) " +
        "and the variables each takes (name, required, description). Render one with render_prompt. Paged with limit and " +
        $"offset (default {DefaultLimit} per page).";

    protected override bool ReadOnly => true;

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Number("limit", $"Prompts per page (default {DefaultLimit})", 1, MaxLimit),
        ToolParameter.Number("offset", "How many prompts to skip: the nextOffset of the previous page (default 0)", 0, 100_000),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var limit = arguments.Number("limit") ?? DefaultLimit;
        var offset = arguments.Number("offset") ?? 0;
        var (prompts, withheld) = await AdmittedPrompts.ListAsync(Session, cancellationToken);
        var page = prompts.Skip(offset).Take(limit).Select(View).ToList();
        var more = offset + limit < prompts.Count;
        var answer = new Answer()
            .Objects("prompts", page)
            .Number("total", prompts.Count)
            .Number("nextOffset", more ? offset + limit : null)
            .Number("withheld", withheld == 0 ? null : withheld);
        if (prompts.Count == 0 && withheld == 0)
            answer.Text("note", Session.Pass("the library has no prompts yet; a person adds them with `baton prompt add NAME --file TEMPLATE.md`"));
        else if (withheld > 0)
            answer.Text("note", Session.Pass($"{withheld} {(withheld == 1 ? "prompt" : "prompts")} withheld by the {Session.Target} boundary"));
        return answer;
    }

    private Answer View(PromptRevision prompt) => new Answer()
        .Text("name", Session.Pass(prompt.Prompt.Name))
        .Text("title", Session.Pass(prompt.Prompt.Title))
        .Text("description", prompt.Template.Description is { } d ? Session.Pass(d) : null)
        .Number("latestVersion", prompt.Prompt.LatestVersion)
        .Objects("labels", prompt.Prompt.Labels.OrderBy(l => l.Key, StringComparer.Ordinal)
            .Select(l => new Answer().Text("label", Session.Pass(l.Key)).Number("version", l.Value)))
        .Objects("variables", prompt.Template.Variables.Select(Variable));

    private Answer Variable(PromptVariable variable) => new Answer()
        .Text("name", Session.Pass(variable.Name))
        .Flag("required", variable.Required)
        .Text("description", variable.Description is { } d ? Session.Pass(d) : null);
}
