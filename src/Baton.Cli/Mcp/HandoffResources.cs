using Baton.Handoffs;
using ModelContextProtocol.Protocol;

namespace Baton.Cli.Mcp;

/// <summary>
/// Handoffs as MCP resources, <c>baton://handoff/H-3</c>: the handoff's Markdown (as <c>baton handoff show --markdown</c>),
/// every value passed through the server's boundary before Markdown escaping, feedback the target may not see left out.
/// </summary>
internal sealed class HandoffResources(McpSession session)
{
    public const string Scheme = "baton://handoff/";

    public static ResourceTemplate Template { get; } = new()
    {
        Name = "handoff",
        Title = "Handoff",
        UriTemplate = Scheme + "{ref}",
        Description = "A handoff as Markdown (H-3): intent, acceptance criteria, next steps, questions, risks, constraints, version refs, reviews and feedback",
        MimeType = "text/markdown",
    };

    public async ValueTask<ReadResourceResult> ReadAsync(string uri, CancellationToken cancellationToken)
    {
        if (uri.Length == Scheme.Length)
            throw BatonErrors.McpUnknownResource(uri);
        var handoff = await session.Handoffs.GetAsync(Uri.UnescapeDataString(uri[Scheme.Length..]), cancellationToken);
        var store = session.Library.Store;
        var feedback = (await store.GetFeedbackAsync(handoff.Id, cancellationToken)).Where(session.Admit).ToList();
        var whole = HandoffMarkdown.RenderFor(session.Boundary, handoff, await store.GetReviewsAsync(handoff.Id, cancellationToken), feedback);
        var page = TextPage.Of(session.Boundary, whole, 0, TextPage.MaxChars, $"handoff {handoff.Ref}");
        var text = page.NextOffset is not null
            ? session.Pass($"{page.Text.Text}\n\n[truncated: {page.End} of {page.Total} characters shown; the get_handoff tool with handoff={handoff.Ref} reads it as fields]\n")
            : page.Text;
        return new ReadResourceResult { Contents = [ClearedContent.Resource(session.Pass(Scheme + handoff.Ref), text)] };
    }
}
