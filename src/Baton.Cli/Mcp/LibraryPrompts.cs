using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp;

/// <summary>
/// The library's prompt templates as MCP prompts: one per prompt the target may see, its arguments the template's
/// declared variables; getting one renders its latest version through the boundary.
/// </summary>
internal sealed class LibraryPrompts(McpSession session)
{
    public async ValueTask<ListPromptsResult> ListAsync(RequestContext<ListPromptsRequestParams> request, CancellationToken cancellationToken)
    {
        var (prompts, _) = await AdmittedPrompts.ListAsync(session, cancellationToken);
        return new ListPromptsResult
        {
            Prompts =
            [
                .. prompts.Select(p => ClearedContent.Prompt(
                    session.Pass(p.Prompt.Name),
                    session.Pass(p.Prompt.Title),
                    p.Template.Description is { } d ? session.Pass(d) : null,
                    p.Template.Variables.Select(v => ClearedContent.Argument(session.Pass(v.Name), v.Description is { } vd ? session.Pass(vd) : null, v.Required)))),
            ],
        };
    }

    public async ValueTask<GetPromptResult> GetAsync(RequestContext<GetPromptRequestParams> request, CancellationToken cancellationToken)
    {
        var name = request.Params?.Name ?? "";
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Params?.Arguments ?? new Dictionary<string, JsonElement>())
            values[key] = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();

        var (rendered, text) = await AdmittedPrompts.RenderAsync(session, name, null, null, values, cancellationToken);
        var page = TextPage.Of(session.Boundary, text, 0, TextPage.MaxChars, $"the rendered text of {name}@{rendered.Version}");
        var shown = page.NextOffset is { } next
            ? session.Pass($"{page.Text.Text}\n\n[truncated at {page.End} of {page.Total} characters; the render_prompt tool with offset={next} gives the rest]\n")
            : page.Text;
        return new GetPromptResult
        {
            Description = session.Pass($"{rendered.Name}@{rendered.Version}").Text,
            Messages = [ClearedContent.UserMessage(shown)],
        };
    }
}
