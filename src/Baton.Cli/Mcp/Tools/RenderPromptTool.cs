using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp.Tools;

/// <summary><c>render_prompt</c>: a prompt template rendered with the given values, the library items it pulled in listed.</summary>
internal sealed class RenderPromptTool(McpSession session, ILogger logger) : BatonTool(session, logger)
{
    public override string Name => "render_prompt";

    protected override string Title => "Render a prompt template";

    protected override string Description =>
        "Render one of the team's prompt templates (list_prompts shows them and their variables) with values for its variables, " +
        "and get the text to follow, plus the library items it pulled in (cite them as sources). Picks the version a label " +
        "points at (e.g. production), a version number, or else the latest. Long texts come in parts: when the answer says " +
        $"truncated, call again with the same arguments and offset=nextOffset (default part size {TextPage.DefaultChars} characters). " +
        "Secrets in the text appear as [REDACTED:rule], personal data as <EMAIL_1>-style placeholders.";

    protected override bool ReadOnly => true;

    protected override string? NotFoundHint => "list_prompts shows the prompts, their labels and versions";

    protected override IReadOnlyList<ToolParameter> Parameters { get; } =
    [
        ToolParameter.Text("name", "The prompt's name, as list_prompts shows it", required: true),
        ToolParameter.Text("label", "Use the version this label points at, e.g. production (default: the latest version)"),
        ToolParameter.Number("version", "Use this version number instead of a label", 1, int.MaxValue),
        ToolParameter.Map("variables", "Values for the prompt's variables, e.g. {\"endpoint\": \"POST /payments\"}; values may be texts, lists or objects"),
        ToolParameter.Number("offset", "Where in the rendered text to start, in characters: the nextOffset of the previous part (default 0)", 0, int.MaxValue),
        ToolParameter.Number("max_chars", $"The most characters of text to return (default {TextPage.DefaultChars})", 1_000, TextPage.MaxChars),
    ];

    protected override async Task<Answer> RunAsync(ToolArguments arguments, McpServer server, CancellationToken cancellationToken)
    {
        var name = arguments.Text("name")!;
        var (rendered, text) = await AdmittedPrompts.RenderAsync(Session, name, arguments.Number("version"), arguments.Text("label"),
            arguments.Map("variables"), cancellationToken);
        var page = TextPage.Of(Session.Boundary, text, arguments.Number("offset") ?? 0, arguments.Number("max_chars") ?? TextPage.DefaultChars,
            $"the rendered text of {name}@{rendered.Version}");
        var answer = new Answer()
            .Text("name", Session.Pass(rendered.Name))
            .Number("version", rendered.Version)
            .Objects("items", rendered.Items.Select(item => new Answer()
                .Text("id", Session.Pass(item.Id))
                .Text("title", Session.Pass(item.Title))
                .Number("revision", item.Revision)));
        return page.Into(answer, "text", Session.Boundary, $"call render_prompt with the same arguments and");
    }
}
