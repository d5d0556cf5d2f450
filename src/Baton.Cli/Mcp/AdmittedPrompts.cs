using Baton.Privacy.Boundaries;
using Baton.Prompts;

namespace Baton.Cli.Mcp;

/// <summary>
/// The library's prompts as the target may see them, for the <c>list_prompts</c> and <c>render_prompt</c> tools and
/// the MCP prompts: a prompt whose version is above the ceiling is withheld, and a render that pulled in any item above
/// it is refused whole, since its text would carry that item.
/// </summary>
internal static class AdmittedPrompts
{
    /// <summary>The prompts the target may see (their latest version), and how many it may not.</summary>
    public static async Task<(IReadOnlyList<PromptRevision> Prompts, int Withheld)> ListAsync(McpSession session, CancellationToken cancellationToken)
    {
        var shown = new List<PromptRevision>();
        var withheld = 0;
        foreach (var prompt in await session.Prompts.ListAsync(cancellationToken))
        {
            var latest = await session.Prompts.GetAsync(prompt.Name, cancellationToken: cancellationToken);
            if (session.Boundary.Admit(prompt.ItemId, latest.Revision.Sensitivity))
                shown.Add(latest);
            else
                withheld++;
        }

        return (shown, withheld);
    }

    /// <summary>Renders a version of a prompt and passes the whole text through the boundary.</summary>
    public static async Task<(RenderedPrompt Rendered, PrivacyBoundary.Cleared Text)> RenderAsync(
        McpSession session, string name, int? version, string? label, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var revision = await session.Prompts.GetAsync(name, version, label, cancellationToken);
        if (!session.Boundary.Admit(revision.Prompt.ItemId, revision.Revision.Sensitivity))
            throw BatonErrors.McpPromptWithheld(name, session.Target);
        var rendered = await session.Prompts.RenderAsync(name, revision.Version, null, values, new PromptAudience(session.Target, session.Boundary.Admit), cancellationToken);
        if (rendered.Withheld.Count > 0)
            throw BatonErrors.McpRenderWithheld($"{name}@{rendered.Version}", rendered.Withheld.Count, session.Target);
        return (rendered, session.Pass(rendered.Text));
    }
}
