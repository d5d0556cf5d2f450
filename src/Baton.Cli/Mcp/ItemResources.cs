using System.Globalization;
using System.Text;
using Baton.Library;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Baton.Cli.Mcp;

/// <summary>
/// Items as MCP resources, <c>baton://item/ID</c>: Markdown with the title, the facts of the item and its body. The
/// whole document passes the boundary before it is cut to <see cref="TextPage.MaxChars"/>; the rest is read with
/// the <c>get_item</c> tool, as the end of a cut document says.
/// </summary>
internal sealed class ItemResources(McpSession session)
{
    public const string Scheme = "baton://item/";
    private const int PageSize = 50;

    public static ValueTask<ListResourceTemplatesResult> ListTemplatesAsync(RequestContext<ListResourceTemplatesRequestParams> request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListResourceTemplatesResult
        {
            ResourceTemplates =
            [
                new ResourceTemplate
                {
                    Name = "item",
                    Title = "Library item",
                    UriTemplate = Scheme + "{id}",
                    Description = "An item of the context library as Markdown: title, kind, tags, source label and body (id or a unique prefix of it)",
                    MimeType = "text/markdown",
                },
                HandoffResources.Template,
            ],
        });

    /// <summary>The items the target may see, most recently changed first, a page at a time (the cursor is an offset).</summary>
    public async ValueTask<ListResourcesResult> ListAsync(RequestContext<ListResourcesRequestParams> request, CancellationToken cancellationToken)
    {
        var offset = int.TryParse(request.Params?.Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var items = await session.Library.ListAsync(new ItemFilter { Limit = PageSize + 1, Offset = offset }, cancellationToken);
        return new ListResourcesResult
        {
            Resources =
            [
                .. items.Take(PageSize).Where(session.Admit).Select(item => ClearedContent.Listed(
                    session.Pass(Scheme + item.Id), session.Pass(item.Title), session.Pass($"{item.Kind.Name()}, {item.Source.Summary()}"))),
            ],
            NextCursor = items.Count > PageSize ? (offset + PageSize).ToString(CultureInfo.InvariantCulture) : null,
        };
    }

    public async ValueTask<ReadResourceResult> ReadAsync(RequestContext<ReadResourceRequestParams> request, CancellationToken cancellationToken)
    {
        var uri = request.Params?.Uri ?? "";
        if (uri.StartsWith(HandoffResources.Scheme, StringComparison.Ordinal))
            return await new HandoffResources(session).ReadAsync(uri, cancellationToken);
        if (!uri.StartsWith(Scheme, StringComparison.Ordinal) || uri.Length == Scheme.Length)
            throw BatonErrors.McpUnknownResource(uri);
        var item = await session.AdmittedItemAsync(Uri.UnescapeDataString(uri[Scheme.Length..]), cancellationToken);

        var whole = session.Pass(Markdown(item));
        var page = TextPage.Of(session.Boundary, whole, 0, TextPage.MaxChars, $"item {item.Id}");
        var text = page.NextOffset is not null
            ? session.Pass($"{page.Text.Text}\n\n[truncated: {page.End} of {page.Total} characters shown; the get_item tool with id={item.Id} reads the body in parts]\n")
            : page.Text;
        return new ReadResourceResult { Contents = [ClearedContent.Resource(session.Pass(Scheme + item.Id), text)] };
    }

    private static string Markdown(Item item)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(item.Title).Append("\n\n");
        text.Append("- id: ").Append(item.Id).Append('\n');
        text.Append("- kind: ").Append(item.Kind.Name()).Append(", sensitivity: ").Append(item.Sensitivity.Name())
            .Append(", revision ").Append(item.Revision.ToString(CultureInfo.InvariantCulture)).Append('\n');
        if (item.Tags.Count > 0)
            text.Append("- tags: ").AppendJoin(", ", item.Tags).Append('\n');
        text.Append("- source: ").Append(item.Source.Summary()).Append('\n');
        text.Append("- updated: ").Append(ItemView.Time(item.UpdatedAt)).Append("\n\n");
        text.Append(item.Body);
        return text.ToString();
    }
}
